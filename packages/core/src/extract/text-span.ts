/** A stretch of the input text: `text === input.slice(start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The span of `input` from `start` to `end`. */
export function spanOf(input: string, start: number, end: number): TextSpan {
  return { start, end, text: input.slice(start, end) };
}
