/**
 * `npm run lighthouse`: Lighthouse (mobile settings) on the home page, a profile, a
 * district showcase, a chart-heavy page and the search page of the built site, in
 * Debian's Chromium. Prints the four category scores and the Core Web Vitals figures,
 * and saves them as bench/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../src/lib/chromium.ts';
import { serve } from '../src/lib/static-server.ts';

const PAGES = ['/', '/craftsmen/zhang-jianping/', '/districts/xiaoshan/', '/charts/', '/search/?q=%E4%BA%8C%E8%83%A1'];
const { server, url } = await serve('dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const rows = [];
for (const path of PAGES) {
  const result = await lighthouse(url + path, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const audit = (k: string) => lhr.audits[k]?.numericValue ?? NaN;
  rows.push({
    page: path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    tbtMs: Math.round(audit('total-blocking-time')),
    fcpMs: Math.round(audit('first-contentful-paint')),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  });
}
await chrome.kill();
server.close();
console.table(rows.map(({ failing, ...r }) => r));
for (const r of rows) if (r.failing.length) console.log(`${r.page} failing audits: ${r.failing.join(', ')}`);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/lighthouse.json',
  `${JSON.stringify({ machine: 'Debian 12, 2 cores, Chromium (mobile emulation, simulated throttling)', pages: rows }, null, 2)}\n`,
);
