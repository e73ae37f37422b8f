/**
 * The widget contract, checked over every folder in src/widgets/ (README, "Adding a widget"): the four
 * files exist, every name derives from the folder's id, the schema is valid, and no markup file carries a
 * script body (browser code lives in element.ts, where tsc and vitest can reach it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widgetNames, type WidgetSpec } from '../../src/widgets/kit/schema';

const root = join(__dirname, '../../src/widgets');
const ids = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => entry.name);

describe('widget contract', () => {
  it('finds the widgets', () => {
    expect(ids).toContain('majority-vote');
  });

  for (const id of ids) {
    describe(id, () => {
      const names = widgetNames(id);
      const file = (name: string) => join(root, id, name);

      it('has schema.ts, view.ts, element.ts and its component', () => {
        for (const name of ['schema.ts', 'view.ts', 'element.ts', `${names.component}.astro`]) {
          expect(existsSync(file(name)), `${id}/${name}`).toBe(true);
        }
      });

      it('declares its parameters once, under its own id', async () => {
        const module = (await import(file('schema.ts'))) as Record<string, unknown>;
        const specs = Object.values(module).filter((v): v is WidgetSpec => !!v && typeof v === 'object' && 'fields' in v && 'id' in v);
        expect(specs.map((spec) => spec.id)).toEqual([id]);
      });

      it('derives its tag, data-widget and CSS root from the id, and has no inline script body', () => {
        const markup = readFileSync(file(`${names.component}.astro`), 'utf8');
        expect(markup).toContain(`<${names.tag} `);
        expect(markup).toContain(`data-widget="${id}"`);
        expect(markup).toMatch(new RegExp(`class="${id} `));
        const scripts = [...markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        for (const [, attrs, body] of scripts) {
          expect(attrs).toContain('src="./element.ts"');
          expect(body!.trim()).toBe('');
        }
        const element = readFileSync(file('element.ts'), 'utf8');
        expect(element).toMatch(/defineWidgetElement\(/);
      });
    });
  }
});
