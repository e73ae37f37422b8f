/**
 * The project's html-validate configuration (.htmlvalidate.mjs, used by tests/site/html-validate.test.ts)
 * catches real mistakes, and turns off only what it says it does.
 */
import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

// Loaded for a file in the repository, so the repository's .htmlvalidate.mjs applies, as over dist/.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const FILE = resolve('tests/unit/fixture.html');

/** A minimal valid page around `body`. */
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title></head><body>${body}</body></html>`;

async function rulesBroken(body: string): Promise<string[]> {
  const report = await validator.validateString(page(body), FILE);
  return report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
}

describe('the html-validate configuration', () => {
  it('passes a clean page', async () => {
    expect(await rulesBroken('<main><h1>Title</h1><p>Text.</p></main>')).toEqual([]);
  });

  it('fails a duplicate id', async () => {
    expect(await rulesBroken('<main><h1 id="a">Title</h1><p id="a">Text.</p></main>')).toContain('no-dup-id');
  });

  it('fails a block element inside a paragraph', async () => {
    // The parser closes the <p> at the <div>, leaving a stray </p>.
    expect(await rulesBroken('<main><h1>Title</h1><p>Text <div>block</div></p></main>')).toEqual(
      expect.arrayContaining(['no-implicit-close', 'close-order']),
    );
  });

  it('fails two landmarks with the same name', async () => {
    const nav = '<nav aria-label="On this page"><a href="#x">x</a></nav>';
    expect(await rulesBroken(`<main><h1 id="x">Title</h1>${nav}${nav}</main>`)).toContain('unique-landmark');
  });

  it('allows style attributes (Shiki, table alignment, widget bars) and a form that never submits, as .htmlvalidate.mjs says', async () => {
    expect(await rulesBroken('<main><h1 style="color: red">Title</h1><form><label>x <input type="text" name="x"></label></form></main>')).toEqual([]);
  });
});
