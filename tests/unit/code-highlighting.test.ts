import { readFileSync } from 'node:fs';
import { codeToHtml, createHighlighter } from 'shiki';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeOptions, shikiTheme, TOKEN_KINDS } from '../../src/markdown/code-themes';

const render = (code: string) => codeToHtml(code, { lang: 'ts', ...codeOptions });

// Loading Shiki's grammars and engine is slow on a busy machine; no test here is about speed.
describe('code highlighting', { timeout: 60_000 }, () => {
  it('marks token kinds with classes that the stylesheet colours in both site themes', async () => {
    const html = await render('// note\nconst answer: number = f("x", 42);');
    expect(html).toContain('<span class="tok-keyword">const</span>');
    expect(html).toContain('<span class="tok-comment">// note</span>');
    expect(html).not.toMatch(/style="[^"]*color/);
    const css = readFileSync('src/styles/global.css', 'utf8');
    const light = css.match(/\n\.astro-code \{([^}]*)\}/)![1]!;
    const dark = css.match(/:root\[data-theme='dark'\] \.astro-code \{([^}]*)\}/)![1]!;
    for (const kind of TOKEN_KINDS) {
      const colour = css.match(new RegExp(`\\.tok-${kind}\\b[^{]*\\{\\s*color: var\\((--tok-[a-z-]+)\\)`))?.[1];
      expect(colour, kind).toBeDefined();
      expect(light).toContain(`${colour}: #`);
      expect(dark).toContain(`${colour}: #`);
    }
  });

  it('tokenizes each block once, where two themes would tokenize it twice', async () => {
    const highlighter = await createHighlighter({ themes: [shikiTheme, 'github-light-default', 'github-dark-default'], langs: ['ts'] });
    const grammar = highlighter.getLanguage('ts');
    const code = 'const a = 1;\nconst b = a + 1;\nexport { b };';
    const linesTokenized = (highlight: () => string) => {
      const spy = vi.spyOn(grammar, 'tokenizeLine2');
      highlight();
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    expect(linesTokenized(() => highlighter.codeToHtml(code, { lang: 'ts', ...codeOptions }))).toBe(3);
    const dual = { light: 'github-light-default', dark: 'github-dark-default' };
    expect(linesTokenized(() => highlighter.codeToHtml(code, { lang: 'ts', themes: dual, defaultColor: false }))).toBe(6);
  });

  it('keeps a plain line as text, merging neighbouring spans of one kind', async () => {
    const html = await render('f(a, b);');
    expect(html).toMatch(/<span class="line"><span class="tok-function">f<\/span>\(a, b\);<\/span>/);
  });

  it('marks highlighted, added and removed lines and strips the notation comments', async () => {
    const html = await render('const a = 1; // [!code highlight]\nconst b = 2; // [!code ++]\nconst c = 3; // [!code --]\nconst d = 4;');
    expect(html).toMatch(/class="line highlighted"/);
    expect(html).toMatch(/class="line diff add"/);
    expect(html).toMatch(/class="line diff remove"/);
    expect(html).not.toContain('[!code');
  });

  describe('on a busy machine', () => {
    afterEach(() => vi.restoreAllMocks());

    it('colours code the same however long tokenizing takes', async () => {
      const code = 'mean = rewards.mean()\nstd = rewards.std()  # sample std';
      const withoutSiteTransformers = (c: string) => codeToHtml(c, { lang: 'ts', theme: shikiTheme });
      const calm = await render(code);
      const calmWithout = await withoutSiteTransformers(code);
      // Shiki times each line with Date.now(): a clock that jumps 10 s per reading is a very stalled machine.
      const start = Date.now();
      let readings = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => start + 10_000 * readings++);
      // Left to its defaults, Shiki gives up and colours the code plainly...
      expect(await withoutSiteTransformers(code)).not.toBe(calmWithout);
      // ...with the site's transformers it does not.
      expect(await render(code)).toBe(calm);
    });
  });
});
