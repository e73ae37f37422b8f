/**
 * Small progressive enhancements shared by every content page. The page reads fine without them.
 */

/** Copy buttons on code blocks (added by script: without JavaScript they could not work anyway). */
function addCopyButtons(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    if (pre.parentElement?.classList.contains('code-block')) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', async () => {
      const ok = await copyText(pre.querySelector('code')?.innerText ?? pre.innerText);
      button.textContent = ok ? 'Copied' : 'Copy failed';
      setTimeout(() => (button.textContent = 'Copy'), 1600);
    });
    wrapper.append(button);
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function announce(message: string): void {
  let region = document.getElementById('page-announcer');
  if (!region) {
    region = document.createElement('div');
    region.id = 'page-announcer';
    region.className = 'toast';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
  region.classList.add('visible');
  setTimeout(() => region!.classList.remove('visible'), 1800);
}

/** A heading's anchor link: the browser puts #id in the address bar; we also copy the full URL. */
function enhanceAnchorLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a.anchor-link, a.figure-anchor, a.equation-anchor');
    if (!(link instanceof HTMLAnchorElement)) return;
    void copyText(link.href).then((ok) => ok && announce('Link to this section copied'));
  });
}

/**
 * Keep a hover card on screen: shift it left or right if it would overflow the viewport, and show it
 * below its term if the sticky header would cover it. (On phones CSS turns cards into a bottom sheet.)
 */
function placeCards(): void {
  const place = (event: Event) => {
    const host = (event.target as Element | null)?.closest?.('.has-card');
    const card = host?.querySelector<HTMLElement>(':scope > .hover-card');
    if (!card || matchMedia('(max-width: 40rem)').matches) return;
    card.style.transform = '';
    host!.classList.remove('card-below');
    const margin = 8;
    const rect = card.getBoundingClientRect();
    if (rect.width === 0) return; // not shown (dismissed)
    let shift = 0;
    if (rect.right > innerWidth - margin) shift = innerWidth - margin - rect.right;
    if (rect.left + shift < margin) shift = margin - rect.left;
    if (shift) card.style.transform = `translateX(${Math.round(shift)}px)`;
    const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    if (rect.top < header + margin) host!.classList.add('card-below');
  };
  document.addEventListener('mouseover', place);
  document.addEventListener('focusin', place);
}

/** Escape hides an open hover card (citation or glossary) without moving focus (WCAG 1.4.13). */
function dismissibleCards(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const el of document.querySelectorAll('.has-card:hover, .has-card:focus-within')) {
      el.classList.add('card-dismissed');
    }
  });
  document.addEventListener('focusout', (event) => {
    (event.target as Element | null)?.closest?.('.has-card')?.classList.remove('card-dismissed');
  });
  document.addEventListener('mouseout', (event) => {
    (event.target as Element | null)?.closest?.('.has-card')?.classList.remove('card-dismissed');
  });
}

/** Arriving from a search result (`?highlight=term`): mark the terms with Pagefind's highlighter. */
async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  const url = '/pagefind/pagefind-highlight.js';
  try {
    const mod = (await import(/* @vite-ignore */ url)) as { default?: unknown };
    const Highlight = (mod.default ?? (window as unknown as { PagefindHighlight?: unknown }).PagefindHighlight) as
      | (new (options: Record<string, unknown>) => unknown)
      | undefined;
    if (Highlight) new Highlight({
        highlightParam: 'highlight',
        markContext: 'main',
        markOptions: { className: 'pagefind-highlight', exclude: ['.katex', 'nav', '.hover-card', '[data-pagefind-ignore]'] },
      });
  } catch {
    /* no index in development builds */
  }
}

/**
 * Widgets grow when their scripts replace the static build-time version, which pushes content down
 * after the browser has already scrolled to a #fragment. Until the reader scrolls or types, keep the
 * fragment's target where the browser put it (below the sticky header).
 */
function keepFragmentTargetInPlace(): void {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = id ? document.getElementById(id) : null;
  const main = document.querySelector('main');
  // A widget that keeps its state in the fragment (the R1 pipeline's #stage-…) scrolls itself.
  if (!target || !main || target.closest('[data-widget]')) return;
  let readerMoved = false;
  const stop = () => (readerMoved = true);
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown']) addEventListener(type, stop, { once: true, passive: true });
  const observer = new ResizeObserver(() => {
    if (!readerMoved) target.scrollIntoView({ block: 'start' });
  });
  observer.observe(main);
  setTimeout(() => observer.disconnect(), 4000);
}

keepFragmentTargetInPlace();
addCopyButtons();
enhanceAnchorLinks();
dismissibleCards();
placeCards();
void highlightSearchTerms();
