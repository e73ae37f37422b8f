/**
 * How the browser tests launch Debian's Chromium: one set of flags for the shared Chromium
 * (global-setup.ts) and for the files that launch their own, throttled one (widget-helpers.ts).
 *
 * Headless Chromium still builds the desktop browser's window chrome, and for every window (every
 * Playwright context is one) it loads the address bar's suggestion popups as two WebUI pages, each in a
 * renderer of its own. Measured here: 1.4 s of CPU per context, against 0.45 s for the page under test,
 * and the suite opens a context for nearly every test. Turning those popups' features off leaves the
 * address bar's native popup, which nothing renders until it opens, and pages render exactly as before.
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

/** The address bar's WebUI popups (Chromium's chrome/browser/ui/omnibox features), see the header. */
export const ADDRESS_BAR_WEBUI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxFullPopupV2', 'WebUIOmniboxAimPopup'];

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
  return DISABLE_FEATURES + [...new Set([...defaults, ...ADDRESS_BAR_WEBUI_FEATURES])].filter(Boolean).join(',');
}

/** Launch options for the tests' Chromium, given the --disable-features switch from disableFeaturesArg(). */
export function launchOptions(disableFeatures: string, options: Pick<LaunchOptions, 'ignoreDefaultArgs'> = {}): LaunchOptions {
  return { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, disableFeatures], ...options };
}
