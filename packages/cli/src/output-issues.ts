import type { FileIssue } from './load-dataset.js';
import type { Output } from './output.js';

/** Prints each issue as `file: json.path: message [code]` on standard error. */
export function printIssues(out: Output, issues: readonly FileIssue[]): void {
  for (const issue of issues) {
    out.error(`${issue.file}${issue.path ? `: ${issue.path}` : ''}: ${issue.message} [${issue.code}]`);
  }
}
