/**
 * `npm run audit`: `npm audit --json` over the whole tree, failing on any high or critical
 * advisory in a package that ships: a production dependency, or Pagefind (`pagefind` and
 * `@pagefind/*` are dev dependencies, but their script and WebAssembly are copied into
 * dist/pagefind and run in visitors' browsers). Advisories in other dev-only packages are
 * counted and shown, never fatal.
 *
 * A registry that answers the advisory endpoint with 405 Method Not Allowed (the one these
 * machines use) offers no advisory service: the script then says plainly that no advisories
 * were checked, and passes. Any other failure fails: npm not starting, output that is not
 * JSON, a network or HTTP error, a report without its `vulnerabilities`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
const SEVERITIES: Severity[] = ['critical', 'high', 'moderate', 'low', 'info'];

/** One entry of a v2 report's `vulnerabilities`, keyed by package name. */
export interface Vulnerability {
  name?: string;
  severity: Severity;
  /** Where the package sits in node_modules: "node_modules/a", "node_modules/b/node_modules/a". */
  nodes?: string[];
}

export interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, Vulnerability>;
  /** Set, with no `vulnerabilities`, when npm could not get a report. */
  message?: string;
  statusCode?: number;
  error?: unknown;
}

/** package-lock.json's `packages`: enough to tell a dev-only package from one that ships. */
export type LockPackages = Record<string, { dev?: boolean; devOptional?: boolean }>;

/** What `npm audit --json` left behind. */
export interface AuditRun {
  stdout: string;
  stderr: string;
  /** Set when npm itself could not be started. */
  error?: Error | undefined;
}

export const NO_SERVICE = '没有检查任何公告 (no advisories checked)';

const isPagefind = (name: string) => name === 'pagefind' || name.startsWith('@pagefind/');
const nameAt = (node: string) => node.replace(/^.*node_modules\//, '');

/** Whether a vulnerable package ships to visitors (or into the production tree). */
export function ships(key: string, vuln: Vulnerability, lock: LockPackages): boolean {
  const nodes = vuln.nodes?.length ? vuln.nodes : [`node_modules/${vuln.name ?? key}`];
  return nodes.some((node) => {
    if (isPagefind(nameAt(node))) return true;
    const entry = lock[node];
    // A node the lock does not know is judged as shipping: never wave through the unknown.
    return !entry || !(entry.dev || entry.devOptional);
  });
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

export function verdict(run: AuditRun, lock: LockPackages): { ok: boolean; text: string } {
  if (run.error) return { ok: false, text: `npm audit 无法运行 (could not run npm audit): ${run.error.message}` };
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout) as AuditReport;
    if (!report || typeof report !== 'object') throw new Error('not an object');
  } catch {
    return {
      ok: false,
      text: `npm audit 的输出无法解析 (unparsable npm audit output): ${lastLine(run.stdout) || lastLine(run.stderr) || 'no output'}`,
    };
  }
  if (!report.vulnerabilities) {
    const why = report.message ?? lastLine(run.stderr) ?? 'no report';
    if (report.statusCode === 405 || /^405\b/.test(report.message ?? ''))
      return {
        ok: true,
        text: `${NO_SERVICE}: the registry offers no advisory service (${why}); npm audit found nothing because it checked nothing.`,
      };
    return { ok: false, text: `npm audit 失败 (npm audit failed, no report): ${why || JSON.stringify(report).slice(0, 300)}` };
  }
  const counts = { shipped: new Map<Severity, string[]>(), devOnly: new Map<Severity, string[]>() };
  for (const [key, vuln] of Object.entries(report.vulnerabilities)) {
    const bucket = ships(key, vuln, lock) ? counts.shipped : counts.devOnly;
    bucket.set(vuln.severity, [...(bucket.get(vuln.severity) ?? []), key]);
  }
  const line = (m: Map<Severity, string[]>) =>
    SEVERITIES.filter((s) => s !== 'info')
      .map((s) => `${m.get(s)?.length ?? 0} ${s}`)
      .join(', ');
  const fatal = (['critical', 'high'] as const).flatMap((s) => (counts.shipped.get(s) ?? []).map((name) => `${name} (${s})`));
  const text = [
    `npm audit: shipped packages (production dependencies and Pagefind): ${line(counts.shipped)}; dev-only: ${line(counts.devOnly)}`,
    ...(fatal.length ? [`high or critical advisories in shipped packages: ${fatal.join(', ')}`] : []),
  ].join('\n');
  return { ok: fatal.length === 0, text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lock = (JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: LockPackages }).packages;
  const { ok, text } = verdict({ stdout: run.stdout ?? '', stderr: run.stderr ?? '', error: run.error }, lock);
  (ok ? console.log : console.error)(text);
  process.exit(ok ? 0 : 1);
}
