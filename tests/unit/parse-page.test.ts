import { describe, expect, it } from 'vitest';
import { serialize } from 'parse5';
import { parsePage } from '../../src/build/parse-page';
import { readDocument } from '../../src/build/link-check';

const page = (body: string) =>
  `<!doctype html><html><head><style>body{color:red}a::after{content:"</sty"}</style><style></style><title>T</title></head><body>${body}</body></html>`;

describe('a built page parsed for the post-build pass', () => {
  it('leaves the CSS out of the tree and keeps everything else', () => {
    const { document } = parsePage(page('<p id="x">Text <a href="/a/">link</a></p><svg><style>.s{fill:red}</style><text>label</text></svg>'));
    const html = serialize(document);
    expect(html).not.toContain('color:red');
    expect(html).not.toContain('fill:red');
    expect(html).toContain('<title>T</title>');
    expect(html).toContain('<p id="x">Text <a href="/a/">link</a></p>');
    expect(html).toContain('<text>label</text>');
  });

  it('maps source offsets back to the page, so link-source marks are cut from the right place', () => {
    const html = page('<p><a href="/a/" data-mdx-source="content/a.mdx:3:1">a</a> and <a href="/b/" data-mdx-source="content/a.mdx:4:1">b</a></p>');
    const parsed = parsePage(html, { sourceCodeLocationInfo: true });
    const facts = readDocument(parsed.document, html, parsed.sourceOffset);
    expect(facts.withoutSources).toBe(page('<p><a href="/a/">a</a> and <a href="/b/">b</a></p>'));
    expect(facts.sources).toEqual(['content/a.mdx:3:1', 'content/a.mdx:4:1']);
  });

  it('parses the whole page when "<style" is not a tag (in a script or an attribute)', () => {
    const html = page('<script>const s = "<style>";</script><p title="<style>x">kept</p><style>p{}</style><p id="after">after</p>');
    const { document, sourceOffset } = parsePage(html, { sourceCodeLocationInfo: true });
    const serialized = serialize(document);
    expect(serialized).toContain('color:red');
    expect(serialized).toContain('<p id="after">after</p>');
    expect(sourceOffset(100)).toBe(100);
  });
});
