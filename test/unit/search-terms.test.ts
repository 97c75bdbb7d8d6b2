/**
 * A figure page's search keywords come from data/search-terms.json: the words for its unit and
 * its kind that its own text lacks. An editor adds a word there, and no code changes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureKeywords } from '../../src/lib/present/search-terms.ts';
import { type SearchTerm, searchTermSchema } from '../../src/schemas/search-terms.ts';

const live = (JSON.parse(readFileSync('data/search-terms.json', 'utf8')) as unknown[]).map((t) => searchTermSchema.parse(t));
const figure = { unit: '人次', kind: 'achievement', label: '职业技能培训', counts: '已开展的培训', wording: '34840人次' } as const;

describe('figure keywords', () => {
  it('give a count in 人次 the words for people and for an achievement, less those its text has', () => {
    const words = figureKeywords(figure, live);
    expect(words).toContain('人数');
    expect(words).toContain('完成');
    expect(words).not.toContain('人次');
  });

  it('follow the data: a word added to a unit’s list reaches the page, one removed is gone', () => {
    const terms: SearchTerm[] = [
      { id: 'unit-people', kind: 'unit-words', units: ['人次'], words: ['受训人数'] },
      { id: 'kind-achievement', kind: 'figure-kind-words', figureKind: 'achievement', words: ['做到了'] },
      { id: 'kind-target', kind: 'figure-kind-words', figureKind: 'target', words: ['目标'] },
    ];
    expect(figureKeywords(figure, terms)).toEqual(['受训人数', '做到了']);
    expect(figureKeywords(figure, [])).toEqual([]);
  });

  it('are refused by the schema for a figure kind that does not exist', () => {
    const bad = searchTermSchema.safeParse({ id: 'kind-x', kind: 'figure-kind-words', figureKind: 'wish', words: ['愿望'] });
    expect(bad.success).toBe(false);
  });
});
