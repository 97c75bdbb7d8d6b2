/** Page weight as a first visit downloads it, gzip-compressed: used by the budgets test and the benchmark. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const gzOf = (dist: string) => (path: string) => gzipSync(readFileSync(`${dist}${path}`)).length;

/** What a first visit to a page downloads before images: the HTML, its stylesheets and the scripts it runs at load. */
export function weigh(path: string, dist = 'dist') {
  const gz = gzOf(dist);
  const file = `${path.replace(/\/$/, '/index.html')}`;
  const d = parseHTML(readFileSync(`${dist}${file}`, 'utf8')).document;
  const css = [...d.querySelectorAll('link[rel="stylesheet"]')].reduce((n, l) => n + gz(l.getAttribute('href')!), 0);
  const scripts = [...d.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
  const inline = [...d.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce(
    (n, s) => n + gzipSync(s.textContent ?? '').length,
    0,
  );
  const js = scripts.reduce((n, s) => n + gz(s), 0) + inline;
  const html = gz(file);
  return { html, css, js, total: html + css + js, scripts };
}
