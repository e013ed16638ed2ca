/** Where a command writes: standard output for results, standard error for problems. */
export interface Output {
  print(line: string): void;
  error(line: string): void;
  /** Width of the terminal, when output goes to one; tables then fit it. */
  readonly columns?: number | undefined;
  /**
   * Redraws a progress line in place, when standard error is a terminal; absent otherwise, and progress
   * then prints a line every tenth through `error`.
   */
  readonly redraw?: ((text: string, done: boolean) => void) | undefined;
}

/** The process's own standard output and error. */
export const processOutput: Output = {
  print: (line) => {
    process.stdout.write(`${line}\n`);
  },
  error: (line) => {
    process.stderr.write(`${line}\n`);
  },
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  redraw: process.stderr.isTTY
    ? (text, done) => {
        process.stderr.write(`\r${text}${done ? '\n' : ''}`);
      }
    : undefined,
};
