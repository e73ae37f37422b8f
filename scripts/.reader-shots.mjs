// Temporary screenshot script (not committed).
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
const server = await startStaticServer('dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const out = '/tmp/reader-shots';
const PAGE = '/approaches/pure-rl/';
async function ctx(device, scheme) {
  const phone = device === 'phone';
  return browser.newContext({ viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }, isMobile: phone, hasTouch: phone, colorScheme: scheme, reducedMotion: 'reduce' });
}
const which = process.argv[2] ?? 'all';
for (const scheme of ['light', 'dark']) {
  if (which === 'all' || which === 'phone') {
    const c = await ctx('phone', scheme);
    const p = await c.newPage();
    await p.goto(server.url + PAGE);
    await p.evaluate(() => document.getElementById(document.querySelectorAll('.heading-wrapper h2')[3].id).scrollIntoView());
    await p.waitForTimeout(400);
    await p.screenshot({ path: `${out}/phone-${scheme}-bar.png` });
    await p.locator('.toc-bar summary').tap();
    await p.waitForTimeout(200);
    await p.screenshot({ path: `${out}/phone-${scheme}-bar-open.png` });
    await p.keyboard.press('Escape');
    const term = p.locator('main .term').nth(3);
    await term.scrollIntoViewIfNeeded();
    await term.locator('a').tap();
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${out}/phone-${scheme}-term.png` });
    await p.keyboard.press('Escape');
    const link = p.locator('main article p a[href^="/"]:not(.term-link)').first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await p.waitForTimeout(600);
    await p.screenshot({ path: `${out}/phone-${scheme}-preview.png` });
    await c.close();
  }
  if (which === 'all' || which === 'desktop') {
    const c = await ctx('desktop', scheme);
    const p = await c.newPage();
    await p.goto(server.url + PAGE);
    await p.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.8));
    await p.waitForTimeout(400);
    await p.screenshot({ path: `${out}/desktop-${scheme}-toc.png` });
    const cite = p.locator('main .cite').nth(5);
    await cite.scrollIntoViewIfNeeded();
    await cite.locator('a').hover();
    await p.waitForTimeout(200);
    await p.screenshot({ path: `${out}/desktop-${scheme}-cite.png` });
    const link = p.locator('main article p a[href^="/"]:not(.term-link)').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await p.waitForTimeout(900);
    await p.screenshot({ path: `${out}/desktop-${scheme}-preview.png` });
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => scrollTo(0, 0));
    await p.screenshot({ path: `${out}/print-${scheme}.png` });
    await p.emulateMedia({ media: 'screen' });
    if (scheme === 'dark') await p.pdf({ path: `${out}/print-dark.pdf` }).catch((e) => console.log('pdf', e.message));
    await c.close();
  }
}
await browser.close();
await server.close?.();
process.exit(0);
