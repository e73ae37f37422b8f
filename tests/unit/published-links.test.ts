/**
 * Links that never break: the published-links check over built HTML, and the old-id comment under a
 * renamed heading, compiled by the real MDX compiler with the site's heading plugins.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  currentLinks,
  formatPublishedLinks,
  parsePublishedLinks,
  readLinkTargets,
  unresolvedLinks,
  type LinkTargets,
} from '../../src/build/published-links';
import { headingAnchors, headingIds } from '../../src/markdown/hast-heading-anchors';

const page = (path: string, body: string) =>
  readLinkTargets(path, `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

const grpoPage = page(
  '/approaches/pure-rl/',
  `<div class="heading-wrapper level-h2"><h2 id="grpo">GRPO</h2><a class="anchor-link" href="#grpo">#</a></div>
   <figure class="equation" id="eq-grpo"><a class="equation-anchor" href="#eq-grpo">(1)</a></figure>
   <a href="#cite-1">1</a><span id="cite-1"></span>`,
);
const moved = page('/old-rl/', '<meta name="moved-to" content="/approaches/pure-rl/"><a href="/approaches/pure-rl/">moved</a>');
const site = new Map<string, LinkTargets>([
  [grpoPage.path, grpoPage],
  [moved.path, moved],
]);

describe('published links', () => {
  it('publishes pages and the fragments readers are offered a link to, not every id', () => {
    expect(currentLinks(site.values())).toEqual(['/approaches/pure-rl/', '/approaches/pure-rl/#eq-grpo', '/approaches/pure-rl/#grpo']);
  });

  it('names a published fragment that no longer exists, and the way to keep it', () => {
    const failures = unresolvedLinks(['/approaches/pure-rl/#grpo', '/approaches/pure-rl/#grpo-objective'], site);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.link).toBe('/approaches/pure-rl/#grpo-objective');
    expect(failures[0]!.reason).toMatch(/no element with id "grpo-objective".*old id: grpo-objective/);
  });

  it('names a published page that is gone, and resolves a moved one through its redirect page', () => {
    const failures = unresolvedLinks(['/old-rl/', '/old-rl/#grpo', '/old-rl/#nothing', '/gone/'], site);
    expect(failures.map((f) => f.link)).toEqual(['/old-rl/#nothing', '/gone/']);
    expect(failures[1]!.reason).toMatch(/no page at \/gone\/.*aliases/);
  });

  it('round-trips the file format, keeping comments out and page order', () => {
    const text = formatPublishedLinks(['/b/', '/a/#z', '/a/', '/a/#b', '/a/']);
    expect(parsePublishedLinks(text)).toEqual(['/a/', '/a/#b', '/a/#z', '/b/']);
  });
});

describe('a renamed heading keeps its old id', () => {
  async function compileHeadings(source: string): Promise<string> {
    const out = mdxToJs(source, { hastPlugins: [headingIds, headingAnchors], outputFormat: 'function-body' });
    return out.code;
  }

  it('emits an empty target with the old id inside the renamed heading', async () => {
    const js = await compileHeadings('## Group relative policy optimization\n{/* old ids: grpo, grpo-objective */}\n\nText.\n');
    expect(js).toMatch(/"heading-alias"[\s\S]*id: "grpo"/);
    expect(js).toMatch(/id: "grpo-objective"/);
    expect(js).toMatch(/id: "group-relative-policy-optimization"/);
    // The anchor link's label is the heading's text, not the old ids.
    expect(js).toContain('Link to section: Group relative policy optimization');
  });

  it('ignores other comments, and comments that are not right under a heading', async () => {
    const js = await compileHeadings('## Title\n{/* a note */}\n\nText.\n\n{/* old id: stray */}\n');
    expect(js).not.toContain('heading-alias');
  });
});
