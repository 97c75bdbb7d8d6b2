/**
 * What the desk's local server lets through to be written (scripts/lib/desk-server.ts): only
 * content files, and only changes that bring the content no new problem, by the content
 * check run on a copy with the change made. Checked on the valid fixture.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOfChange } from '../../scripts/lib/desk-server.ts';

const repo = mkdtempSync(join(tmpdir(), 'atlas-desk-server-'));
cpSync(join(import.meta.dirname, '../fixtures/good'), repo, { recursive: true });
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const SOURCES = 'data/sources.json';
const sources = readFileSync(join(repo, SOURCES), 'utf8');

describe('the desk’s local server', () => {
  it('lets a change through that brings no problem, and leaves the working copy as it was', () => {
    expect(problemsOfChange(repo, [{ path: SOURCES, raw: sources }], [])).toEqual([]);
    expect(readFileSync(join(repo, SOURCES), 'utf8')).toBe(sources);
  });

  it.each([
    ['a file outside the content', 'scripts/ensure-system.sh'],
    ['a path that climbs out', 'data/../scripts/x.sh'],
    ['an absolute path', '/etc/passwd'],
    ['a content folder itself', 'data'],
  ])('refuses %s', (_, path) => {
    expect(problemsOfChange(repo, [{ path, raw: 'x' }], [])).toEqual([expect.objectContaining({ file: path, field: '(file)' })]);
    expect(problemsOfChange(repo, [], [path])).toEqual([expect.objectContaining({ file: path, field: '(file)' })]);
  });

  it('refuses a change the content check refuses, in its words', () => {
    const broken = JSON.stringify([{ ...JSON.parse(sources)[0], title: '' }]);
    const problems = problemsOfChange(repo, [{ path: SOURCES, raw: broken }], []);
    expect(problems).toContainEqual(expect.objectContaining({ file: SOURCES, field: 'title', message: '不能为空' }));
  });

  it('refuses deleting a file that other entries need', () => {
    expect(problemsOfChange(repo, [], [SOURCES]).length).toBeGreaterThan(0);
  });
});
