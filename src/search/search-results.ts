/**
 * One search result as DOM. The title links to the page's best-matching section (section-rank.ts),
 * named after the page title, with that section's excerpt; below it, the next best sections of the
 * same page. Results of one batch are ordered by their plans' scores. Excerpts become nodes through excerpt.ts, so no index text is ever parsed as HTML.
 */
import { excerptSegments } from './excerpt';
import type { ResultData, SubResult } from './pagefind-runtime';
import { resultHref } from './query';
import { isSection, pageScore, rankSections } from './section-rank';

/** Further sections listed under the best one. */
const MORE_SECTIONS_SHOWN = 3;

function excerptNode(excerpt: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const { text, mark } of excerptSegments(excerpt)) {
    if (mark) {
      const m = document.createElement('mark');
      m.textContent = text;
      p.append(m);
    } else {
      p.append(text);
    }
  }
  return p;
}

/** What a result shows: where its title link goes, the section it names, and the other sections. */
export interface ResultPlan {
  href: string;
  /** The best-matching section, or undefined when the page's top matches best. */
  section: SubResult | undefined;
  excerpt: string;
  more: SubResult[];
  /** Pagefind's score for the page, raised when its best section's heading names the query. */
  score: number;
}

export function planResult(data: ResultData, score: number, query: string, terms: readonly string[]): ResultPlan {
  const [best, ...rest] = rankSections(data.url, data.sub_results, query);
  const section = best && isSection(best) ? best : undefined;
  return {
    href: resultHref(section?.url ?? data.url, terms),
    section,
    excerpt: best?.excerpt ?? data.excerpt,
    more: rest
      .filter(isSection)
      .slice(0, MORE_SECTIONS_SHOWN)
      .map((s) => ({ ...s, url: resultHref(s.url, terms) })),
    score: pageScore(score, best, query),
  };
}

export function resultItem(data: ResultData, plan: ResultPlan): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  link.href = plan.href;
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  if (plan.section) {
    const section = document.createElement('span');
    section.className = 'search-result-section';
    section.textContent = plan.section.title;
    link.append(' › ', section);
  }
  li.append(link, excerptNode(plan.excerpt));
  if (plan.more.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-sections';
    for (const s of plan.more) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      item.append(a, excerptNode(s.excerpt));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
