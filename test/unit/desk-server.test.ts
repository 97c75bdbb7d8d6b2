/**
 * What the desk's local server lets through to be written (scripts/lib/desk-server.ts): only
 * content files, and only changes that bring the content no new problem, by the content
 * check run on a copy with the change made; and what it reads and writes for the desk over
 * HTTP, as the desk asks: content files only, never through a link out of the working copy.
 * Checked on the valid fixture.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOfChange, startDesk } from '../../scripts/lib/desk-server.ts';
import { LOCAL_API } from '../../src/desk/config.ts';

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

describe('the desk’s file service, over HTTP as the desk asks', async () => {
  const desk = await startDesk({ dist: repo, repo });
  afterAll(() => desk.close());
  const origin = desk.url.replace(/\/$/, '');
  const ask = async (action: string, params: Record<string, unknown>, headers: Record<string, string> = { origin }) => {
    const res = await fetch(new URL(LOCAL_API, desk.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ action, params }),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('lists a collection’s folder and reads its files, with an id that changes with the text', async () => {
    const { status, body } = await ask('entriesByFolder', { folder: 'src/content/craftsmen', extension: 'mdx', depth: 1 });
    expect(status).toBe(200);
    const entries = body as { data: string; file: { path: string; id: string } }[];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.file.path).toMatch(/^src\/content\/craftsmen\/[^/]+\.mdx$/);
      expect(e.data).toBe(readFileSync(join(repo, e.file.path), 'utf8'));
      expect(e.file.id).toMatch(/^[0-9a-f]{64}$/);
    }
    const one = await ask('getEntry', { path: SOURCES });
    expect(one.body).toMatchObject({ data: sources, file: { path: SOURCES } });
    const missing = await ask('entriesByFiles', { files: [{ path: 'data/none.json', label: '无' }] });
    expect(missing.body).toEqual([{ data: null, file: { path: 'data/none.json', label: '无', id: null } }]);
  });

  it('writes a change that passes the check, and deletes only what nothing needs', async () => {
    const changed = sources.replace(/\n$/, '\n\n');
    expect((await ask('persistEntry', { dataFiles: [{ path: SOURCES, raw: changed }], assets: [] })).status).toBe(200);
    expect(readFileSync(join(repo, SOURCES), 'utf8')).toBe(changed);
    expect((await ask('persistEntry', { dataFiles: [{ path: SOURCES, raw: sources }], assets: [] })).status).toBe(200);
    const refused = await ask('deleteFile', { path: SOURCES });
    expect(refused.status).toBe(422);
    expect(existsSync(join(repo, SOURCES))).toBe(true);
  });

  it.each([
    ['a file outside the content', 'package.json'],
    ['a path that climbs out', 'data/../package.json'],
    ['an absolute path', '/etc/passwd'],
  ])('reads no %s', async (_, path) => {
    const { status, body } = await ask('getEntry', { path });
    expect(status).toBe(403);
    expect(JSON.stringify(body)).not.toContain('"data"');
  });

  /** Runs `check` with a link at `link` in the working copy to `target` in a new folder outside it; removes both after. */
  async function withLinkOut(link: string, target: string, check: (outside: string) => Promise<void>) {
    const outside = mkdtempSync(join(tmpdir(), 'atlas-desk-outside-'));
    symlinkSync(join(outside, target), join(repo, link));
    try {
      await check(outside);
    } finally {
      rmSync(join(repo, link));
      rmSync(outside, { recursive: true, force: true });
    }
  }

  it('follows no link out of the working copy, reading or listing', () =>
    withLinkOut('data/elsewhere', '', async (outside) => {
      cpSync(join(repo, SOURCES), join(outside, 'secret.json'));
      expect((await ask('getEntry', { path: 'data/elsewhere/secret.json' })).status).toBe(403);
      expect((await ask('entriesByFolder', { folder: 'data/elsewhere', extension: 'json', depth: 1 })).status).toBe(403);
      expect((await ask('persistEntry', { dataFiles: [{ path: 'data/elsewhere/new.json', raw: '[]' }], assets: [] })).status).not.toBe(200);
      expect(existsSync(join(outside, 'new.json'))).toBe(false);
    }));

  it('writes nothing through a link to a file that is not there yet', () =>
    withLinkOut('data/planted.json', 'planted.json', async (outside) => {
      expect((await ask('persistEntry', { dataFiles: [{ path: 'data/planted.json', raw: '[]' }], assets: [] })).status).not.toBe(200);
      expect(existsSync(join(outside, 'planted.json'))).toBe(false);
    }));

  it('answers only the desk’s own page, and says what it does not do', async () => {
    expect((await ask('getEntry', { path: SOURCES }, { origin: 'http://elsewhere.invalid' })).status).toBe(403);
    expect((await ask('getEntry', { path: SOURCES }, {})).status).toBe(403);
    expect(await ask('getMedia', { mediaFolder: 'public/uploads' })).toEqual({ status: 200, body: [] });
    expect((await ask('unpublishedEntries', {})).status).toBe(422);
  });
});
