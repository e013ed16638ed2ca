import { maskIdentifier, maskName } from '@ansinh/core';
import { describe, expect, it } from 'vitest';

describe('maskIdentifier(value) and maskName(value)', () => {
  it('keeps the first and last four characters of a CCCD or account number', () => {
    expect(maskIdentifier('001203004567')).toBe('********4567');
    expect(maskIdentifier('19036641234018')).toBe('**********4018');
  });

  it('keeps only the last two characters of a short identifier', () => {
    expect(maskIdentifier('123456')).toBe('****56');
  });

  it('reduces a name to initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('N. V. A.');
    expect(maskName('  đỗ   hồng anh ')).toBe('Đ. H. A.');
  });
});
