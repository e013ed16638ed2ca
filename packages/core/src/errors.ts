/**
 * Programmer errors: calling a function outside its preconditions. Bad *data* never throws here; it is
 * reported as data (see `ValidationIssue` and the published-figure verdicts). Every message names the
 * function and the precondition it needs, in English and Vietnamese.
 */

/** Base class of every error thrown by ansinh. */
export class AnsinhError extends Error {
  override readonly name: string = 'AnsinhError';
}

/**
 * A function was called with an argument it cannot work with (a negative count, a numerator larger than
 * its denominator, a rounding mode that does not exist).
 */
export class InvalidArgumentError extends AnsinhError {
  override readonly name = 'InvalidArgumentError';
  /** The public function that refused the argument. */
  readonly fn: string;

  constructor(fn: string, en: string, vi: string) {
    super(`${fn}: ${en} / ${vi}`);
    this.fn = fn;
  }
}

/** Text could not be read as what the caller asked for (a Vietnamese number, a quantity, a decimal). */
export class ParseError extends AnsinhError {
  override readonly name = 'ParseError';
  /** The text that could not be parsed. */
  readonly input: string;
  /** Machine-readable reason, snake_case. */
  readonly code: string;

  constructor(code: string, input: string, en: string, vi: string) {
    super(`${en} / ${vi}: ${JSON.stringify(input)}`);
    this.code = code;
    this.input = input;
  }
}

/** Throws `InvalidArgumentError` unless `value` is a non-negative safe integer (a count of people, dong). */
export function assertCount(fn: string, field: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(
      fn,
      `${field} must be a non-negative integer count, got ${String(value)}`,
      `${field} phải là số đếm nguyên không âm, nhận được ${String(value)}`,
    );
  }
}
