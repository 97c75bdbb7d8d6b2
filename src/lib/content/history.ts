/**
 * The history of every figure, read from the repository at build time: when each was first
 * published, and every change to its value, wording or date (old → new, when). It depends
 * only on the commits, so a build of a given commit is the same every time. A tree without
 * history (an export, a shallow copy) builds all the same and says the history is unavailable.
 */
import { execFileSync } from 'node:child_process';
import type { ReportDate } from '../../schemas/shared.ts';
import { formatDateFull } from '../present/format.ts';

/** One change to a published figure. */
export interface Change {
  figure: string;
  /** What changed: 数值, 显示的数字 or 日期. */
  field: string;
  from: string;
  to: string;
  /** The commit's date (YYYY-MM-DD) and id. */
  date: string;
  commit: string;
}

export interface History {
  available: boolean;
  /** Every change, oldest first. */
  changes: Change[];
  /** When each figure first appeared and when it last changed (YYYY-MM-DD). */
  figures: Map<string, { published: string; changed: string }>;
}

type RawFigure = Record<string, unknown>;

/** A date as first written (a string with precision) or now (parts), in the words pages use. */
function dateText(d: unknown): string {
  if (!d || typeof d !== 'object') return '';
  const o = d as Record<string, unknown>;
  let parts: ReportDate;
  if (typeof o.date === 'string') {
    // The first format: "2023-11-20" with precision, inferred and unknown lists.
    const [y, m, day] = o.date.split('-').map(Number);
    const unknown = Array.isArray(o.unknown) ? o.unknown : [];
    parts = {
      ...(unknown.includes('year') ? {} : { year: y }),
      ...(m ? { month: m } : {}),
      ...(day ? { day } : {}),
      inferred: (Array.isArray(o.inferred) ? o.inferred : []).filter((p: string) => p !== 'year' || !unknown.includes('year')),
    } as ReportDate;
  } else parts = { inferred: [], ...o } as ReportDate;
  return formatDateFull(parts);
}

const LEGACY_PREFIX: Record<string, string> = { 'more-than': '逾', nearly: '近', about: '约' };
const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * What a reader saw of a figure: its value, the number as shown, and its date. Before figures
 * kept the report's wording, pages showed the value with a qualifier prefix ("逾26,000人次");
 * that is what the log compares the wording with.
 */
function published(f: RawFigure): Record<string, string> {
  const period = f.period as RawFigure | undefined;
  const when = f.asOf ? `截至${dateText(f.asOf)}` : period ? `${dateText(period.from)}—${dateText(period.to)}` : '';
  const shown = f.wording
    ? String(f.wording)
    : `${LEGACY_PREFIX[String(f.qualifier)] ?? ''}${number.format(Number(f.value))}${f.unit ?? ''}`;
  return { 数值: `${f.value}${f.valueTo === undefined ? '' : `–${f.valueTo}`}${f.unit ?? ''}`, 显示的数字: shown, 日期: when };
}

const git = (root: string, args: string[]) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });

/** Reads the history of `data/datasets/` in the repository at `root`. */
export function readHistory(root: string, folder = 'data/datasets'): History {
  const none: History = { available: false, changes: [], figures: new Map() };
  let log: string;
  try {
    if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return none;
    log = git(root, ['log', '--reverse', '--format=%H %cs', '--', folder]);
  } catch {
    return none;
  }
  const commits = log
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ') as [string, string]);
  if (commits.length === 0) return none;
  const last = new Map<string, Record<string, string>>();
  const changes: Change[] = [];
  const figures = new Map<string, { published: string; changed: string }>();
  for (const [commit, date] of commits) {
    const files = git(root, ['ls-tree', '--name-only', commit, `${folder}/`])
      .trim()
      .split('\n')
      .filter((f) => f.endsWith('.json'));
    for (const file of files) {
      let list: unknown;
      try {
        list = (JSON.parse(git(root, ['show', `${commit}:${file}`])) as { figures?: unknown }).figures;
      } catch {
        continue; // a broken file never built, so it was never published
      }
      if (!Array.isArray(list)) continue;
      for (const f of list as RawFigure[]) {
        if (typeof f.id !== 'string') continue;
        const now = published(f);
        const before = last.get(f.id);
        if (!before) figures.set(f.id, { published: date, changed: date });
        else {
          for (const [field, to] of Object.entries(now)) {
            const from = before[field];
            if (from !== undefined && from !== to) {
              changes.push({ figure: f.id, field, from, to, date, commit: commit.slice(0, 12) });
              figures.set(f.id, { published: figures.get(f.id)!.published, changed: date });
            }
          }
        }
        last.set(f.id, now);
      }
    }
  }
  return { available: true, changes, figures };
}
