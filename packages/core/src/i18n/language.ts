/** Every language ansinh speaks to users, the default first: Vietnamese (`vi`) and English (`en`). */
export const languages = ['vi', 'en'] as const;

/** A language of `languages`. */
export type Language = (typeof languages)[number];

/** Text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}
