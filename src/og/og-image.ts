/**
 * The page's social preview (og:image): a 1200×630 PNG made at build time from its title and section.
 * satori lays out the card as SVG, @resvg/resvg-js rasterises it, png.ts writes the file; all run in Node
 * with no browser and no network. The fonts are KaTeX's sans-serif faces, font files the site already
 * self-hosts (satori reads TTF, not the woff2 the site serves).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

import { OG_HEIGHT, OG_WIDTH } from './og-size.ts';
import { encodePng } from './png.ts';

export { OG_HEIGHT, OG_WIDTH };

export interface OgCard {
  title: string;
  /** Sidebar section, shown above the title ("Approaches"). */
  section: string;
  siteName: string;
}

const require = createRequire(import.meta.url);
type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
let fontsLoading: Promise<SatoriFonts> | undefined;

/**
 * One font list for every card: satori keeps parsed fonts per list object, so a fresh list each call would
 * parse both TTFs again (about 10 ms of CPU per image, measured).
 */
function fonts(): Promise<SatoriFonts> {
  fontsLoading ??= (async () => [
    { name: 'KaTeX_SansSerif', data: await readFile(require.resolve('katex/dist/fonts/KaTeX_SansSerif-Regular.ttf')), weight: 400, style: 'normal' },
    { name: 'KaTeX_SansSerif', data: await readFile(require.resolve('katex/dist/fonts/KaTeX_SansSerif-Bold.ttf')), weight: 700, style: 'normal' },
  ])();
  return fontsLoading;
}

/** KaTeX's sans-serif has curly quotes but no long dashes or ellipsis; their plain forms read the same here. */
export function plainPunctuation(text: string): string {
  return text.replace(/[–—]/g, '-').replace(/…/g, '...');
}

/** Smaller type for longer titles, so every title fits in at most three lines. */
export function titleSize(title: string): number {
  return title.length > 60 ? 60 : title.length > 34 ? 72 : 88;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({ type, props: { style, children } });

/**
 * The top bar and the footer rule are boxes with a background, not CSS borders: satori draws a border
 * through a full-card mask, which made resvg's rasterising twice as slow (14 → 7 ms a card, measured).
 */
export function cardLayout(card: OgCard): Node {
  const accent = '#0a58a8';
  return el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', color: '#1b1f24', fontFamily: 'KaTeX_SansSerif' },
    [
      el('div', { display: 'flex', height: 16, background: accent }, []),
      el('div', { display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px' }, [
        el('div', { display: 'flex', fontSize: 34, fontWeight: 700, color: accent, letterSpacing: 1 }, plainPunctuation(card.section).toUpperCase()),
        el('div', { display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12 }, plainPunctuation(card.title)),
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { display: 'flex', height: 2, background: '#d5dbe2', marginBottom: 28 }, []),
          el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 32, color: '#535c66' }, [
            el('div', { display: 'flex' }, plainPunctuation(card.siteName)),
            el('div', { display: 'flex', color: accent }, 'An interactive reference'),
          ]),
        ]),
      ]),
    ],
  );
}

export async function ogImagePng(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(cardLayout(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await fonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
