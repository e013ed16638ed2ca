// The command line as a library: run `ansinh` in-process with your own output (tests, other tools), and the
// table of its commands and options.
export {
  type CommandName,
  type CommandSpec,
  commandTable,
  commandUsage,
  isCommand,
  type OptionName,
  options,
  usage,
} from './commands-table.js';
export { main } from './main.js';
export { type Output, processOutput } from './output.js';
