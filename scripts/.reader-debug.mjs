import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
const server = await startStaticServer('dist', 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const opts of [{}, { colorScheme: 'dark' }, { colorScheme: 'dark', reducedMotion: 'reduce' }]) {
  const c = await browser.newContext(opts);
  const p = await c.newPage();
  await p.goto(server.url + '/approaches/pure-rl/');
  await p.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await p.emulateMedia({ media: 'print' });
  console.log(JSON.stringify(opts), await p.evaluate(() => { const b = document.body; const d = document.createElement('div'); d.style.background = 'var(--c-bg)'; document.body.append(d); return [getComputedStyle(b).backgroundColor, getComputedStyle(d).backgroundColor, getComputedStyle(document.querySelector('main p')).color]; }));
  await p.setContent((await p.content()));
  await c.close();
}
await browser.close(); process.exit(0);
