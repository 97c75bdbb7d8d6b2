/**
 * `npm run bench`: how the build and search scale. For the site as it is and with 1,000
 * and 10,000 generated profiles (BENCH_SIZES=0,1000 to choose), it measures, each in a
 * temporary folder that is never committed:
 *   - our build, cold (share images drawn) and again after an edit to one story's text
 *     (share images from the cache, unchanged pages copied by Astro's incremental build):
 *     wall time and peak memory, plus Pagefind's indexing time; and once more after a change
 *     to a figure, which every page may show, so that no page is copied;
 *   - a bare Astro + Pagefind build of the same profiles and news, after the same edit, and
 *     our time and memory as ratios to it. Build times on a shared machine vary by ±15 % from
 *     run to run, so the rebuild and the bare build run BENCH_RUNS times each (default 3),
 *     alternating which goes first, and the medians are compared;
 *   - the Pagefind index size, and in Chromium, on BENCH_RUNS fresh search pages, the time
 *     from typing to first results and the bytes fetched for a first and a next query, and
 *     the time to a journalist's query's direct answer;
 *   - page weights per kind (gzip).
 * Every build is recorded with how busy the machine was with other work meanwhile (below);
 * one that shared it says so, and should not be quoted. Each starts after what the builds
 * before it wrote is on disk (`sync`).
 * Prints a table and saves bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../src/lib/chromium.ts';
import { serve } from '../../src/lib/static-server.ts';
import { PREVIEW_URL } from '../../src/site-address.ts';
import { weigh } from '../lib/weigh.ts';
import { bare, ours } from './generate.ts';

const project = process.cwd();
const TMP = process.env.BENCH_DIR ?? '/tmp/atlas-bench';
const sizes = (process.env.BENCH_SIZES ?? '0,1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const bin = (name: string) => join(project, 'node_modules/.bin', name);

/**
 * Clock ticks of CPU time each process has used so far, by pid (/proc/<pid>/stat's utime and
 * stime), and the machine's time stolen by its host (/proc/stat).
 */
function ticks(): { byPid: Map<string, number>; steal: number } {
  const byPid = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byPid.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // ended while the list was read
    }
  }
  const steal = Number(readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/)[8] ?? 0);
  return { byPid, steal };
}
/** Ticks per second (USER_HZ): 100 on Linux. */
const HZ = 100;
/** More other work than this share of the machine's CPU during a build marks the build as loaded. */
const LOADED = 0.05;

/**
 * Runs a command, timed, with what else the machine did meanwhile: `otherCpu`, the share of
 * every core's time that processes already running when it began (other than this one) used
 * while it ran, with the time the host stole, and the load average as it began. The command's
 * own processes start after it begins, so they never count; a quiet machine reads 0.00–0.04
 * here (a kernel thread that watches memory takes a few per cent).
 */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = project) {
  const load = loadavg()[0]!;
  const before = ticks();
  const start = performance.now();
  const out = execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Math.round(performance.now() - start);
  const after = ticks();
  let other = after.steal - before.steal;
  for (const [pid, t] of before.byPid) if (pid !== String(process.pid) && after.byPid.has(pid)) other += after.byPid.get(pid)! - t;
  const otherCpu = Math.max(0, other / ((ms / 1000) * HZ * cpus().length));
  return { ms, out, otherCpu: Number(otherCpu.toFixed(2)), loadAtStart: Number(load.toFixed(2)) };
}

/**
 * One build. Our site indexes itself inside `astro build` (the search-index integration,
 * which reports its own time); the bare site runs the Pagefind command after.
 */
function build(root: string, env: NodeJS.ProcessEnv = {}, { pagefindCli = false } = {}) {
  // Untimed: what earlier builds wrote is put on disk first, so that a build is less likely
  // to pay for the one before it (a cold build leaves hundreds of megabytes of images and
  // pages to write; the first rebuild after one took 167.6 s, the next two 126.8 and 134.0 s).
  // Only before a build: the bare site's Pagefind step, timed apart, follows its build as ours
  // follows our pages, with what they wrote still in memory.
  execFileSync('sync');
  // A build must name its address (src/integrations/site-address.ts): the local one here.
  const withAddress = { SITE_URL: PREVIEW_URL, ...env };
  const run = timed(bin('node'), [join(project, 'scripts/bench/build-once.ts'), root], withAddress, root);
  const astro = JSON.parse(run.out.trim().split('\n').at(-1)!) as { ms: number; peakMB: number; pagefindMs?: number };
  const { otherCpu, loadAtStart } = run;
  if (!pagefindCli) return { ...astro, pagefindMs: astro.pagefindMs ?? Number.NaN, totalMs: astro.ms, otherCpu, loadAtStart };
  const pagefind = timed(bin('pagefind'), ['--site', join(root, 'dist')]);
  return {
    ...astro,
    pagefindMs: pagefind.ms,
    totalMs: astro.ms + pagefind.ms,
    otherCpu: Math.max(otherCpu, pagefind.otherCpu),
    loadAtStart,
  };
}

/** An editor's change to one story's text (the first profile's, in either tree), different each run. */
function editStory(root: string, r: number) {
  const dir = join(root, 'src/content/craftsmen');
  const file = join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0]!,
  );
  appendFileSync(file, `\n性能测试第${r}次改动的一句话。\n`);
}

/** An editor's change to a figure: the first dataset's first label (there is no generated one at size 0). */
function editFigure(root: string) {
  const dir = join(root, 'data/datasets');
  const file = join(dir, readdirSync(dir).sort()[0]!);
  const before = readFileSync(file, 'utf8');
  const after = before.replace(/"label": "([^"]*)"/, '"label": "$1（改）"');
  if (after === before) throw new Error(`bench: no figure label to change in ${file}`);
  writeFileSync(file, after);
}

/** A build as results.json lists it: its time, and how busy the machine was with other work. */
const listed = (b: ReturnType<typeof build>) => ({
  ms: b.totalMs,
  otherCpu: b.otherCpu,
  loadAtStart: b.loadAtStart,
  loaded: b.otherCpu > LOADED,
});

/** The run with the median total time. */
const median = <T extends { totalMs: number }>(xs: T[]): T => [...xs].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(xs.length / 2)]!;

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

/** One query's times: the reader's (from the typed text reaching the page to the frame that shows what was awaited) and the driver's (with its own round trips), and the bytes Pagefind fetched meanwhile. */
interface QueryTime {
  ms: number;
  driverMs: number;
  bytes: number;
}

/**
 * The search page opened fresh, then three queries typed into it: a first (二胡, 1,256
 * pages at 10,000 profiles) timed to its first result, a next (上汽) to its first result,
 * and a journalist's (萧山 技能人才总量) to its direct answer.
 */
async function searchOnce(url: string, browser: Awaited<ReturnType<typeof launch>>) {
  const context = await browser.newContext();
  // Bytes: every Pagefind file fetched, counted from the network (Pagefind fetches from a
  // Web Worker, whose requests the page's resource timing does not list). The first query
  // includes the entry point, WebAssembly and index chunks the page fetches as it opens.
  const fetched: number[] = [];
  context.on('requestfinished', async (r) => {
    if (r.url().includes('/pagefind/')) fetched.push((await r.sizes()).responseBodySize);
  });
  const page = await context.newPage();
  await page.goto(`${url}/search/`, { waitUntil: 'networkidle' });
  const measure = async (q: string, awaited: string): Promise<QueryTime> => {
    const since = fetched.length;
    // In the page: the clock starts as the typed text arrives (before the page's own
    // listener runs) and stops once the frame showing an element matching `awaited` that was
    // not there before is painted (the last query's results stay until new ones replace them).
    await page.evaluate((awaited) => {
      for (const e of document.querySelectorAll<HTMLElement>(awaited)) e.dataset.shown = '';
      const w = window as unknown as { benchTime: Promise<number> };
      w.benchTime = new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`bench: nothing matching ${awaited} appeared`)), 10_000);
        let start = 0;
        addEventListener('input', () => (start = performance.now()), { capture: true, once: true });
        const seen = new MutationObserver(() => {
          if (!start || !document.querySelector(`${awaited}:not([data-shown])`)) return;
          seen.disconnect();
          // The next frame's callbacks run before it is painted; a task queued from them runs after.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
    }, awaited);
    const begun = Date.now();
    await page.fill('#search-input', q);
    const ms = await page.evaluate(() => (window as unknown as { benchTime: Promise<number> }).benchTime);
    const driverMs = Date.now() - begun;
    // Let the last responses finish and be counted (sizes arrive after the results show).
    await page.waitForTimeout(1000);
    return { ms: Math.round(ms), driverMs, bytes: fetched.slice(since).reduce((s, n) => s + n, 0) };
  };
  const opened = fetched.reduce((s, n) => s + n, 0);
  const cold = await measure('二胡', '#search-results li');
  const warm = await measure('上汽', '#search-results li');
  const answer = await measure('萧山 技能人才总量', '[data-search-answer] section');
  await context.close();
  return { cold: { ...cold, bytes: cold.bytes + opened }, warm, answer };
}

/** The queries timed on `runs` fresh pages: the medians, and every page's times. */
async function searchTiming(dist: string) {
  const { server, url } = await serve(dist);
  const browser = await launch();
  const pages: Awaited<ReturnType<typeof searchOnce>>[] = [];
  try {
    for (let r = 0; r < runs; r++) pages.push(await searchOnce(url, browser));
  } finally {
    await browser.close();
    server.close();
  }
  const mid = (k: 'cold' | 'warm' | 'answer') => [...pages].sort((a, b) => a[k].ms - b[k].ms)[Math.floor(pages.length / 2)]![k];
  return { cold: mid('cold'), warm: mid('warm'), answer: mid('answer'), pages };
}

const results: Record<string, unknown>[] = [];
for (const n of sizes) {
  const oursDir = join(TMP, `ours-${n}`);
  const bareDir = join(TMP, `bare-${n}`);
  const cache = join(TMP, `og-cache-${n}`);
  rmSync(cache, { recursive: true, force: true });
  ours(project, oursDir, n);
  bare(project, bareDir, n);
  console.error(`size ${n}: building ours (cold)…`);
  const cold = build(oursDir, { OG_CACHE_DIR: cache });
  const warms: ReturnType<typeof build>[] = [];
  const bases: ReturnType<typeof build>[] = [];
  // Which goes first alternates: on a machine that slows (or speeds up) as the bench goes on,
  // the build that always ran first would always gain (or lose).
  // Each rebuild, ours and the bare site's alike, follows an edit to one story's text, as a
  // rebuild after an editor's change would: our build copies the pages nothing changed from
  // the last one (Astro's incremental build), and renders that one.
  const rebuild = (r: number) => {
    console.error(`size ${n}: building ours (share images cached, one story edited), run ${r} of ${runs}…`);
    editStory(oursDir, r);
    warms.push(build(oursDir, { OG_CACHE_DIR: cache }));
  };
  const baseline = (r: number) => {
    console.error(`size ${n}: building the bare baseline (one story edited), run ${r} of ${runs}…`);
    editStory(bareDir, r);
    bases.push(build(bareDir, {}, { pagefindCli: true }));
  };
  for (let r = 1; r <= runs; r++) {
    if (r % 2 === 1) {
      rebuild(r);
      baseline(r);
    } else {
      baseline(r);
      rebuild(r);
    }
  }
  // And once after a change to data every page may show (a figure's value): no page is copied.
  console.error(`size ${n}: building ours after a figure's value changed…`);
  editFigure(oursDir);
  const afterData = build(oursDir, { OG_CACHE_DIR: cache });
  const warm = median(warms);
  const base = median(bases);
  const dist = join(oursDir, 'dist');
  const loaded = [cold, ...warms, ...bases, afterData].filter((b) => b.otherCpu > LOADED);
  const search = await searchTiming(dist);
  const pages = Object.fromEntries(
    [
      ['home', '/'],
      ['profile', '/craftsmen/zhang-jianping/'],
      ['showcase', '/districts/xiaoshan/'],
      ['article', '/news/lingang-yishibaiqianwan-plan/'],
      ['charts', '/charts/'],
      ['search', '/search/'],
    ].map(([k, p]) => [k, weigh(p!, dist).total]),
  );
  results.push({
    profiles: n,
    pages: readdirSync(join(dist, 'craftsmen')).length,
    coldMs: cold.totalMs,
    coldRun: listed(cold),
    rebuildMs: warm.totalMs,
    rebuildRuns: warms.map(listed),
    bareMs: base.totalMs,
    bareRuns: bases.map(listed),
    loadedRuns: loaded.length,
    rebuildVsBare: Number((warm.totalMs / base.totalMs).toFixed(2)),
    afterDataEditMs: afterData.totalMs,
    afterDataEditRun: listed(afterData),
    coldPeakMB: cold.peakMB,
    rebuildPeakMB: warm.peakMB,
    barePeakMB: base.peakMB,
    memoryVsBare: Number((warm.peakMB / base.peakMB).toFixed(2)),
    pagefindMs: warm.pagefindMs,
    barePagefindMs: base.pagefindMs,
    indexKB: Math.round(dirSize(join(dist, 'pagefind')) / 1024),
    queryColdMs: search.cold.ms,
    queryColdKB: Math.round(search.cold.bytes / 1024),
    queryWarmMs: search.warm.ms,
    queryWarmKB: Math.round(search.warm.bytes / 1024),
    answerMs: search.answer.ms,
    queryPages: search.pages,
    pageWeightsGzipBytes: pages,
  });
  console.table(results.map(({ pageWeightsGzipBytes, coldRun, rebuildRuns, bareRuns, queryPages, ...r }) => r));
  if (loaded.length > 0)
    console.error(
      `size ${n}: ${loaded.length} build(s) shared the machine with other work (more than ${LOADED * 100} % of its CPU: ${loaded.map((b) => b.otherCpu).join(', ')}); do not quote this size's times.`,
    );
}
if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
mkdirSync('bench', { recursive: true });
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync('bench/results.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log(JSON.stringify({ machine, results }, null, 2));
