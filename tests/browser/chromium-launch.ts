/**
 * How the browser tests launch Debian's Chromium: one set of flags for the shared Chromium
 * (global-setup.ts) and for the files that launch their own, throttled one (widget-helpers.ts).
 *
 * The suite opens a context (a window) for nearly every test, and headless Chromium spends CPU on each
 * window that no test needs, in two places that features turn off (pages render exactly as before):
 *   - it still builds the desktop browser's window chrome, and loads the address bar's suggestion popups
 *     as two WebUI pages, each in a renderer of its own: 1.4 s of CPU per context, measured here, against
 *     0.45 s for the page under test. Without them the address bar keeps its native popup, unrendered;
 *   - it starts a spare renderer ahead of the next navigation, which a new context cannot use: 0.14 s more
 *     per context.
 */
import { chromium, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that run headless Chromium here as root with no network (stack notes, pitfall 15). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The features the header names: the address bar's WebUI popups (Chromium's omnibox features), the spare renderer. */
const UNUSED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxFullPopupV2',
  'WebUIOmniboxAimPopup',
  'SpareRendererForSitePerProcess',
];

const DISABLE_FEATURES = '--disable-features=';

/**
 * Chromium keeps only the last --disable-features switch, and Playwright passes one of its own first: a
 * second switch with only our features would turn Playwright's back on (PaintHolding among them). So
 * ours repeats Playwright's list, read off a Chromium launched with its defaults (about a second, once
 * per launch of the suite).
 */
export async function disableFeaturesArg(): Promise<string> {
  const probe = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const spawned = probe.process().spawnargs;
  await probe.close();
  const defaults = spawned.filter((arg) => arg.startsWith(DISABLE_FEATURES)).flatMap((arg) => arg.slice(DISABLE_FEATURES.length).split(','));
  return DISABLE_FEATURES + [...new Set([...defaults, ...UNUSED_FEATURES])].filter(Boolean).join(',');
}

/** Launch options for the tests' Chromium, given the --disable-features switch from disableFeaturesArg(). */
export function launchOptions(disableFeatures: string, options: Pick<LaunchOptions, 'ignoreDefaultArgs'> = {}): LaunchOptions {
  return { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, disableFeatures], ...options };
}
