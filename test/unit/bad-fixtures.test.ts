/**
 * Each folder in test/fixtures/bad/ holds the files that, laid over the valid fixture in
 * test/fixtures/good/, break it in one way, and `expect.json`: the file, field and words
 * the content check must name. The check must refuse each one, and accept the good one.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertContent, checkContent } from '../../src/lib/content/check.ts';
import { ContentError } from '../../src/lib/content/files.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const cases = readdirSync(join(fixtures, 'bad')).sort();
const work = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
/** The day the fixtures are checked on, fixed so that a fixture dated 2031 stays in the future. */
const today = new Date(2026, 11, 5);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string) {
  const dir = join(work, name);
  cpSync(join(fixtures, 'good'), dir, { recursive: true });
  cpSync(join(fixtures, 'bad', name), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}

describe('content check', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(join(fixtures, 'good'))).toEqual([]);
  });

  it('keeps at least ten kinds of bad fixture', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('refuses %s, naming the file, the field and the problem', (name) => {
    const want = JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expect.json'), 'utf8'));
    const problems = checkContent(tree(name), { today });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: want.file, field: want.field, message: expect.stringContaining(want.message) }),
    );
    // What stops the build: the thrown error carries the same words.
    expect(() => assertContent(join(work, name), { today })).toThrow(ContentError);
    expect(() => assertContent(join(work, name), { today })).toThrow(`${want.file} › ${want.field}`);
  });
});

describe('the project’s own content', () => {
  it('passes the check the build runs first', () => {
    expect(checkContent(join(import.meta.dirname, '../..'))).toEqual([]);
  });
});
