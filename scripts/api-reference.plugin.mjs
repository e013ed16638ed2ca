// A TypeDoc plugin for the API reference (typedoc.json loads it after typedoc-plugin-markdown). Two changes
// to each page, both deterministic:
// - a note at the top saying the page is generated and how to regenerate it;
// - code fenced as ```typescript rather than ```ts. The examples in these pages are copies of the doc
//   comments' `@example` lines, which each package's doc-examples test already runs in that package's
//   scope; the documentation test runs every ```ts block under docs/ in @ansinh/core's scope only, so it
//   must not pick up these copies (nor the signatures, which are not statements).
import { MarkdownPageEvent } from 'typedoc-plugin-markdown';

const note =
  'Generated from the doc comments by `npm run docs:api` (TypeDoc); do not edit by hand: a test fails when ' +
  'this folder drifts from the sources.';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const contents = page.contents.replaceAll('```ts\n', '```typescript\n');
    page.contents = page.model.isProject()
      ? contents.replace(/^(# .*\n)/u, `$1\n${note}\n`)
      : `<!-- ${note} -->\n\n${contents}`;
  });
}
