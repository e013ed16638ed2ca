import { describe, expect, it } from 'vitest';
import { errorOfThread, threadError } from '../src/columnar/thread-error.js';
import { CsvFormatError, TextEncodingError, WorkbookError } from '../src/index.js';

/** An error sent between threads (a structured clone of what `threadError` gives) and made again. */
const across = (error: unknown) => errorOfThread(structuredClone(threadError(error)));

describe('errors sent from a worker thread, made again on the main thread', () => {
  it("gives the reader's named errors back as their class, with their message, file and line", () => {
    const unclosed = Object.assign(new CsvFormatError('unclosed_quote', 22), { file: '/data/payments.csv' });
    const notUtf8 = Object.assign(new TextEncodingError(7), { file: '/data/register.csv' });
    const workbook = Object.assign(new WorkbookError('corrupt'), { file: '/data/list.xlsx' });
    for (const [error, kind] of [
      [unclosed, CsvFormatError],
      [notUtf8, TextEncodingError],
      [workbook, WorkbookError],
    ] as const) {
      const made = across(error);
      expect(made).toBeInstanceOf(kind);
      expect(made.message).toBe(error.message);
      expect(made.name).toBe(error.name);
      expect({ ...made }).toEqual({ ...error });
    }
  });

  it("gives any other error its message, name and a system error's fields, and a value that is no error its text", () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, stat '/data/x.csv'"), {
      code: 'ENOENT',
      errno: -2,
      syscall: 'stat',
      path: '/data/x.csv',
    });
    const made = across(missing);
    expect(made.message).toBe(missing.message);
    expect({ ...made }).toEqual({ ...missing });
    const named = new RangeError('too far');
    expect(across(named)).toMatchObject({ name: 'RangeError', message: 'too far' });
    expect(across('a string thrown').message).toBe('a string thrown');
  });
});
