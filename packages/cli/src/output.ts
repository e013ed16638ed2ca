/** Where a command writes: standard output for results, standard error for problems. */
export interface Output {
  print(line: string): void;
  error(line: string): void;
}

/** The process's own standard output and error. */
export const processOutput: Output = {
  print: (line) => {
    process.stdout.write(`${line}\n`);
  },
  error: (line) => {
    process.stderr.write(`${line}\n`);
  },
};
