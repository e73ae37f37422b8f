/**
 * The Content-Security-Policy every built page carries (security.csp in astro.config.mjs), read from the
 * HTML as the browser's parser meets it: exactly one policy <meta>, before any script; the directives the
 * site promises; and a hash in the policy for every inline script on the page. That the browser then
 * reports no violation is checked on every page by tests/browser/every-page.test.ts, and while a reader
 * searches and uses each widget by tests/browser/csp.test.ts.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const pages = builtPages().sort((a, b) => a.path.localeCompare(b.path));

/** Elements in document order (the order the parser meets them). */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  // <template> content is inert: its scripts never run.
  for (const child of children) yield* elements(child);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

/** The policy's directives by name. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

const sha256 = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** What a page's HTML says about its policy and scripts. */
function readPage(html: string) {
  let metas = 0;
  let policy = '';
  let scriptsBeforePolicy = 0;
  const inline: string[] = [];
  const external: string[] = [];
  for (const el of elements(parse(html))) {
    if (el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      metas += 1;
      if (metas === 1) policy = attr(el, 'content') ?? '';
    }
    if (el.tagName !== 'script') continue;
    // A <meta> policy governs only what the parser meets after it.
    if (metas === 0) scriptsBeforePolicy += 1;
    const type = attr(el, 'type');
    const src = attr(el, 'src');
    if (src !== undefined) external.push(src);
    else if (type === undefined || type === 'module' || type === 'text/javascript') inline.push(text(el));
  }
  return { metas, policy: parsePolicy(policy), scriptsBeforePolicy, inline, external };
}

describe('the Content-Security-Policy of every built page', () => {
  it('lists pages from the build', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p.html] as const))('%s', (_path, html) => {
    const { metas, policy, scriptsBeforePolicy, inline, external } = readPage(html);
    expect(metas).toBe(1);
    expect(scriptsBeforePolicy).toBe(0);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // Scripts: this origin, hashes and WebAssembly only; nothing inline without a hash, no eval, no host.
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
      for (const source of policy.get(directive) ?? []) {
        expect(`${directive} ${source}`).toMatch(/ ('self'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
      }
    }
    // Styles: inline only as style="…" attributes (Shiki, widget bars); <style> elements need a hash.
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    for (const directive of ['style-src', 'style-src-elem']) {
      expect(policy.get(directive) ?? []).not.toContain("'unsafe-inline'");
    }
    // Every inline script is allowed by its hash; every script file is from this origin.
    const allowed = policy.get('script-src-elem') ?? scriptSrc;
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline) expect(allowed, body.slice(0, 80)).toContain(sha256(body));
    for (const src of external) expect(new URL(src, 'https://site.invalid/').origin, src).toBe('https://site.invalid');
  });

  it('would catch an inline script the policy does not list', () => {
    const page = pages.find((p) => p.path === '/')!;
    const tampered = page.html.replace('</body>', '<script>window.x = 1</script></body>');
    const { policy, inline } = readPage(tampered);
    expect(policy.get('script-src-elem') ?? policy.get('script-src')).not.toContain(sha256(inline.at(-1)!));
  });
});
