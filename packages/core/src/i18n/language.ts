/** The languages ansinh speaks to users: Vietnamese (`vi`, the default) and English (`en`). */
export type Language = 'vi' | 'en';

/** Every supported language, default first. */
export const languages: readonly Language[] = ['vi', 'en'];

/** Text in both languages. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}
