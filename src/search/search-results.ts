/**
 * One search result as DOM: the page's title and excerpt, then up to three matching sections of it.
 * Excerpts become nodes through excerpt.ts, so no index text is ever parsed as HTML.
 */
import { excerptSegments } from './excerpt';
import type { ResultData } from './pagefind-runtime';

const SECTIONS_SHOWN = 3;

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

export function resultItem(data: ResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  li.append(link, excerptNode(data.excerpt));
  // Sections of the page that match: a link straight to each (Pagefind found them by heading id).
  const pagePath = data.url.split(/[?#]/)[0];
  const sections = data.sub_results
    .filter((s) => s.url.includes('#') && s.url.split(/[?#]/)[0] === pagePath)
    .slice(0, SECTIONS_SHOWN);
  if (sections.length) {
    const ul = document.createElement('ul');
    ul.className = 'search-sections';
    for (const s of sections) {
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
