/**
 * Size budgets, per page kind, gzip-compressed, read from budgets.json. Sizes are
 * deterministic, so these are tests: a change that makes a page heavier than its budget
 * fails here and has to argue for a new number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weigh } from '../../scripts/lib/weigh.ts';

interface Budget {
  html: number;
  css: number;
  js: number;
  total: number;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  pages: Record<string, { path: string } & Budget>;
  scripts: Record<string, string>;
};

describe('page weight budgets (gzip bytes)', () => {
  it.each(Object.entries(budgets.pages))('%s stays within its budget', (_, b) => {
    const w = weigh(b.path);
    expect({ html: w.html <= b.html, css: w.css <= b.css, js: w.js <= b.js, total: w.total <= b.total }, JSON.stringify(w)).toEqual({
      html: true,
      css: true,
      js: true,
      total: true,
    });
  });

  it('every script a page loads is listed in budgets.json with its purpose', () => {
    const seen = new Set(
      Object.values(budgets.pages).flatMap((b) => weigh(b.path).scripts.map((s) => s.replace(/\.[\w-]{8}\.js$/, '.js'))),
    );
    expect([...seen].sort()).toEqual(Object.keys(budgets.scripts).sort());
  });
});
