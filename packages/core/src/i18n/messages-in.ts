import type { Language } from './language.js';
import type { Messages } from './messages.js';
import { messagesEn } from './messages-en.js';
import { messagesVi } from './messages-vi.js';

/**
 * The messages in a language.
 *
 * @example messagesIn('en').issues.required({ column: 'Họ và tên' }); // => '"Họ và tên" is empty'
 */
export function messagesIn(language: Language): Messages {
  return language === 'en' ? messagesEn : messagesVi;
}
