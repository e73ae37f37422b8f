import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
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
});
