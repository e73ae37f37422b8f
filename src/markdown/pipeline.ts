/**
 * The site's own remark plugins, in the order they must run; astro.config.mjs and the plugin tests use
 * this one list, so the tests exercise the pipeline the site is built with.
 *   typography → read → validate → number → publish, plus the link-source marks (see vfile-data.ts for
 *   the data). The typography plugin stands in for Astro's `smartypants` option, which is off
 *   (remark-smart-punctuation.ts says why).
 * Formulas are rendered and checked in the rehype phase by rehype-render-math.ts.
 */
import remarkMath from 'remark-math';
import { remarkCitedNumbers } from './remark-cited-numbers.ts';
import { remarkLinkSources } from './remark-link-sources.ts';
import { remarkNumberRefs } from './remark-number-refs.ts';
import { remarkPublishRefs } from './remark-publish-refs.ts';
import { remarkReadRefs } from './remark-read-refs.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';
import { remarkValidateRefs } from './remark-validate-refs.ts';

export const remarkContentPlugins = [remarkMath, remarkSmartPunctuation, remarkCitedNumbers, remarkReadRefs, remarkValidateRefs, remarkNumberRefs, remarkPublishRefs, remarkLinkSources];
