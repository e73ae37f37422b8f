/**
 * Validate step: every reference component read by mdast-read-refs must make sense before anything
 * is numbered or rendered. Fails the build naming file and line when
 * - a <Cite id> is not a key of src/data/sources.ts, or a <Term id> not an id of src/data/glossary.ts;
 * - a required prop is missing or not a literal string;
 * - an <Equation>/<Figure> id is not `eq-…`/`fig-…` or is used twice on the page;
 * - an <Equation> does not hold exactly one `$$ … $$` block.
 * (Formulas themselves are checked where they are rendered: hast-render-math.ts.)
 */
import { defineMdastPlugin } from 'satteri';
import { glossaryById } from '../data/glossary.ts';
import { sourcesById } from '../data/sources.ts';
import { failAt, pagePath, where } from './content-error.ts';
import { requireData, type ReferenceUse } from './vfile-data.ts';

function requireProp(path: string, use: ReferenceUse, name: string): string {
  const value = use.props[name];
  if (value === undefined || value.trim() === '') failAt(path, use.node, `<${use.component}> needs a literal ${name}="..." attribute`);
  return value;
}

/** Fails on the first mistake in the page's reference components. */
export function validateReferenceUses(path: string, uses: readonly ReferenceUse[]): void {
  // Equation and figure ids share one id space: both become element ids on the page.
  const claimedAt = new Map<string, string>();
  const claim = (use: ReferenceUse, id: string) => {
    const previous = claimedAt.get(id);
    if (previous) failAt(path, use.node, `the id "${id}" is already used at ${previous}`);
    claimedAt.set(id, where(path, use.node));
  };

  for (const use of uses) {
    const id = requireProp(path, use, 'id');
    switch (use.component) {
      case 'Cite':
        if (!sourcesById.has(id)) failAt(path, use.node, `unknown citation key "${id}" (add it to src/data/sources.ts)`);
        break;
      case 'Term':
        if (!glossaryById.has(id)) failAt(path, use.node, `unknown glossary term "${id}" (add it to src/data/glossary.ts)`);
        break;
      case 'Equation':
        requireProp(path, use, 'label');
        if (!/^eq-[a-z0-9-]+$/.test(id)) failAt(path, use.node, `equation id "${id}" must look like eq-lowercase-words`);
        claim(use, id);
        if (use.displayMath.length !== 1) failAt(path, use.node, `<Equation id="${id}"> must contain exactly one $$ … $$ block (blank lines around it)`);
        break;
      case 'Figure':
        requireProp(path, use, 'caption');
        if (!/^fig-[a-z0-9-]+$/.test(id)) failAt(path, use.node, `figure id "${id}" must look like fig-lowercase-words`);
        claim(use, id);
        break;
    }
  }
}

export const validateRefs = defineMdastPlugin({
  name: 'validate-refs',
  before(_root, ctx) {
    validateReferenceUses(pagePath(ctx.fileURL), requireData(ctx.data, 'referenceUses', 'read-refs'));
  },
});
