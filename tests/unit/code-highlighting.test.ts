import { codeToHtml } from 'shiki';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shikiThemes, shikiTransformers } from '../../src/markdown/code-themes';

const render = (code: string) =>
  codeToHtml(code, { lang: 'ts', themes: shikiThemes, defaultColor: false, transformers: shikiTransformers });

describe('code highlighting', () => {
  it('emits colours for both site themes as CSS variables', async () => {
    const html = await render('const answer: number = 42;');
    expect(html).toMatch(/--shiki-light:#[0-9a-f]{6}/i);
    expect(html).toMatch(/--shiki-dark:#[0-9a-f]{6}/i);
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
      const withoutSiteTransformers = (c: string) => codeToHtml(c, { lang: 'ts', themes: shikiThemes, defaultColor: false });
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
