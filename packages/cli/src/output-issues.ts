import type { FileIssue } from './load-dataset.js';
import type { Output } from './output.js';
import { printableLine } from './render/printable.js';

/**
 * Prints each issue as `file: json.path: message [code]` on standard error, one line each: what a file
 * name or a quoted input holds is printed as `printableLine` shows it, never as control characters.
 */
export function printIssues(out: Output, issues: readonly FileIssue[]): void {
  for (const issue of issues) {
    out.error(
      printableLine(`${issue.file}${issue.path ? `: ${issue.path}` : ''}: ${issue.message} [${issue.code}]`),
    );
  }
}
