/**
 * Masks a personal identifier (CCCD number, bank account number) for output: only the last four characters
 * stay, the rest become `*` (`001203004567` → `********4567`). The first digits of a CCCD say the province,
 * the sex and the century of birth, so they go too. Identifiers of eight characters or fewer keep only
 * their last two. Registers hold personal data under Decree 13/2023/NĐ-CP; every ansinh output masks it
 * unless the caller asks otherwise.
 *
 * @example maskIdentifier('001203004567'); // => '********4567'
 */
export function maskIdentifier(value: string): string {
  const text = value.trim();
  if (text.length <= 8) return `${'*'.repeat(Math.max(0, text.length - 2))}${text.slice(-2)}`;
  return `${'*'.repeat(text.length - 4)}${text.slice(-4)}`;
}

/**
 * Masks a person's name to the initials of every part
 * (`Nguyễn Văn An` → `N. V. A.`), for output that must not identify people.
 *
 * @example maskName('Nguyễn Văn An'); // => 'N. V. A.'
 */
export function maskName(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((part) => part.length > 0)
    .map((part) => `${[...part][0]?.toLocaleUpperCase('vi') ?? ''}.`)
    .join(' ');
}
