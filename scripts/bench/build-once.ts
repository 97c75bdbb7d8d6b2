/** Builds one Astro project in this process and prints its wall time and peak memory as JSON. */
import { build } from 'astro';

const root = process.argv[2]!;
const start = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
