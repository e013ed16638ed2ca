/**
 * The description every schema field carries: the Vietnamese term first, then its English gloss. It feeds
 * the generated JSON Schema and the field tables in docs/reference/models.md.
 */
export function describe(vi: string, en: string): { description: string } {
  return { description: `${vi} — ${en}` };
}
