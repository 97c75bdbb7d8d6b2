/**
 * Builds one Astro project in this process and prints its wall time, peak memory and the
 * time of our search-index integration (absent in the bare site) as JSON.
 */
import { build } from 'astro';

const root = process.argv[2]!;
const start = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - start;
const pagefind = performance.getEntriesByName('skills-atlas:search-index')[0];
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    pagefindMs: pagefind ? Math.round(pagefind.duration) : undefined,
  }),
);
