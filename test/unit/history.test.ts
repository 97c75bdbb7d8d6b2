/** The corrections log reads every change to a published figure from the repository's history. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/lib/content/history.ts';

const repo = mkdtempSync(join(tmpdir(), 'atlas-history-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function commit(figures: object[], date: string) {
  writeFileSync(join(repo, 'data/datasets/demo.json'), JSON.stringify({ title: '示例', figures }));
  execFileSync('git', ['-C', repo, 'add', '-A']);
  execFileSync('git', ['-C', repo, 'commit', '-qm', `at ${date}`], {
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
      GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  });
}

describe('figure history', () => {
  it('lists each change to a published value, wording or date, old → new, with its date', () => {
    mkdirSync(join(repo, 'data/datasets'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    // The first date format ("2023-11" with precision) is read as the pages showed it.
    commit(
      [
        { id: 'a', value: 26000, unit: '人次', asOf: { date: '2023-11', precision: 'month', inferred: ['year'] } },
        { id: 'b', value: 5, unit: '家', asOf: { year: 2021 } },
      ],
      '2026-01-10',
    );
    commit(
      [
        { id: 'a', value: 26000, unit: '人次', wording: '2.6万人次以上', asOf: { year: 2023, inferred: ['year'], note: 'n' } },
        { id: 'b', value: 6, unit: '家', asOf: { year: 2021 } },
      ],
      '2026-02-20',
    );
    commit(
      [
        { id: 'a', value: 26000, unit: '人次', wording: '2.6万人次', asOf: { year: 2023, inferred: ['year'], note: 'n' } },
        { id: 'b', value: 6, unit: '家', asOf: { year: 2021 } },
      ],
      '2026-03-30',
    );
    const h = readHistory(repo);
    expect(h.available).toBe(true);
    expect(h.changes).toEqual([
      { figure: 'a', field: '显示的数字', from: '26,000人次', to: '2.6万人次以上', date: '2026-02-20', commit: expect.any(String) },
      {
        figure: 'a',
        field: '日期',
        from: '截至2023年11月（年份为推断）',
        to: '截至2023年（年份为推断）',
        date: '2026-02-20',
        commit: expect.any(String),
      },
      { figure: 'b', field: '数值', from: '5家', to: '6家', date: '2026-02-20', commit: expect.any(String) },
      { figure: 'b', field: '显示的数字', from: '5家', to: '6家', date: '2026-02-20', commit: expect.any(String) },
      { figure: 'a', field: '显示的数字', from: '2.6万人次以上', to: '2.6万人次', date: '2026-03-30', commit: expect.any(String) },
    ]);
    expect(h.figures.get('a')).toEqual({ published: '2026-01-10', changed: '2026-03-30' });
    expect(h.figures.get('b')).toEqual({ published: '2026-01-10', changed: '2026-02-20' });
  });

  it('a tree without history builds and says the history is unavailable', () => {
    const bare = mkdtempSync(join(tmpdir(), 'atlas-nohistory-'));
    try {
      expect(readHistory(bare)).toMatchObject({ available: false, changes: [] });
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
