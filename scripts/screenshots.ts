/**
 * `npm run screenshots [path …]`: pictures of built pages at phone and desktop widths, in
 * light and dark, into test/screenshots/ — for looking at what readers see.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../src/lib/chromium.ts';
import { serve } from '../src/lib/static-server.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/craftsmen/zhang-jianping/', '/districts/xiaoshan/', '/charts/', '/search/?q=二胡'];
const out = 'test/screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serve('dist');
const browser = await launch();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const p of paths) {
      await page.goto(url + p, { waitUntil: 'networkidle' });
      const name = `${p.replace(/[^a-z0-9一-龥]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
server.close();
