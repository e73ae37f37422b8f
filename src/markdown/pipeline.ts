/**
 * The site's own Sätteri plugins, in the order they must run; astro.config.mjs and the plugin tests use
 * these lists, so the tests exercise the pipeline the site is built with.
 *   mdast: typography → cited numbers → read → validate → number → publish refs, plus the link-source
 *   marks (see vfile-data.ts for the data passed between them). The typography plugin stands in for
 *   Sätteri's `smartPunctuation` feature, which is off (mdast-smart-punctuation.ts says why).
 *   hast (after Astro's Shiki highlighting, before its own heading and image plugins): formulas
 *   rendered and checked once, heading ids and anchors, table scroll containers.
 */
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import type { SatteriFeatures } from '@astrojs/markdown-satteri';
import { headingAnchors, headingIds } from './hast-heading-anchors.ts';
import { renderMath } from './hast-render-math.ts';
import { tableScroll } from './hast-table-scroll.ts';
import { citedNumbers } from './mdast-cited-numbers.ts';
import { linkSources } from './mdast-link-sources.ts';
import { numberRefs } from './mdast-number-refs.ts';
import { publishRefs } from './mdast-publish-refs.ts';
import { readRefs } from './mdast-read-refs.ts';
import { smartPunctuation } from './mdast-smart-punctuation.ts';
import { validateRefs } from './mdast-validate-refs.ts';

export const mdastContentPlugins: MdastPluginEntry[] = [smartPunctuation, citedNumbers, readRefs, validateRefs, numberRefs, publishRefs, linkSources];

export const hastContentPlugins: HastPluginEntry[] = [renderMath, headingIds, headingAnchors, tableScroll];

/** Markdown features: GFM (tables), `$…$`/`$$…$$` maths; typography comes from smartPunctuation above. */
export const contentFeatures = { gfm: true, math: true, smartPunctuation: false } satisfies SatteriFeatures;
