/**
 * The page's one writer of widget state into its URL (history.replaceState, so no history entries).
 *
 * Chromium ignores replaceState and pushState after 200 calls in 10 s ("Throttling navigation…", see
 * stack-notes pitfall 21), silently: the URL then stops following the widgets. So every widget on a page
 * writes through here: requests are batched, a few at once (URL_WRITE_BURST, so a single change shows in
 * the URL at once) and then one every URL_MIN_GAP_MS (at most 48 in any 10 s, whatever the readers do),
 * and each write is checked: one the browser dropped is tried again until it sticks. The last request
 * always wins, so after any burst of input the URL matches the widgets.
 */

/** Changes one widget's part of the URL (its query parameters, or the fragment). Called at write time. */
export type UrlEdit = (url: URL) => void;

/** Writes that may follow each other at once; after them, one every URL_MIN_GAP_MS. */
export const URL_WRITE_BURST = 8;
/** Time between two writes from this page once a burst is spent. */
export const URL_MIN_GAP_MS = 250;
/** How long to wait before trying again a write the browser dropped (its throttle lasts 10 s). */
const RETRY_MS = 1000;
const MAX_RETRIES = 12;

const pending = new Map<object, UrlEdit>();
let timer: ReturnType<typeof setTimeout> | undefined;
let retries = 0;
/** Writes allowed now (a token bucket: one comes back every URL_MIN_GAP_MS, up to URL_WRITE_BURST). */
let allowance = URL_WRITE_BURST;
let countedAt = 0;

function refill(): void {
  const now = performance.now();
  allowance = Math.min(URL_WRITE_BURST, allowance + (now - countedAt) / URL_MIN_GAP_MS);
  countedAt = now;
}

/**
 * Ask for `owner`'s part of the URL to be written: now if the page has writes to spare, otherwise as soon
 * as it may. A later request from the same owner replaces an earlier one.
 */
export function requestUrlWrite(owner: object, edit: UrlEdit): void {
  pending.set(owner, edit);
  if (timer !== undefined) return;
  refill();
  if (allowance >= 1) write();
  else timer = setTimeout(write, (1 - allowance) * URL_MIN_GAP_MS);
}

/** True while a write requested by `owner` has not reached the URL yet. */
export function urlWritePending(owner: object): boolean {
  return pending.has(owner);
}

/** Write everything pending now (the page is being hidden: there is no later). */
export function flushUrlWrites(): void {
  if (pending.size > 0) write();
}

function write(): void {
  clearTimeout(timer);
  timer = undefined;
  const url = new URL(window.location.href);
  for (const edit of pending.values()) edit(url);
  if (url.href !== window.location.href) {
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin page cannot change its URL; the widgets still work without it.
    }
    refill();
    allowance -= 1;
  }
  if (window.location.href === url.href || retries >= MAX_RETRIES) {
    pending.clear();
    retries = 0;
  } else {
    // The browser dropped the write (throttled): keep the requests and try again later.
    retries += 1;
    timer = setTimeout(write, RETRY_MS);
  }
}
