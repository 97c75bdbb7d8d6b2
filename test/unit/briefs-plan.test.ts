/** BRIEFS decides whether a build makes the PDF briefs: auto (when Chromium is there), required, off. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefsPlan, CHROMIUM, findChromium } from '../../src/lib/briefs-plan.ts';

describe('briefsPlan', () => {
  it('auto, the default, makes them when Chromium is there', () => {
    expect(briefsPlan({}).make).toBe(true); // the suite runs where Chromium is installed
    expect(briefsPlan({ BRIEFS: 'auto' }).make).toBe(true);
  });

  it('off leaves them out and says so', () => {
    const plan = briefsPlan({ BRIEFS: 'off' });
    expect(plan.make).toBe(false);
    expect(plan.note).toContain('BRIEFS=off');
  });

  it('required makes them, and a misspelt value is refused by name', () => {
    expect(briefsPlan({ BRIEFS: 'required' }).make).toBe(true);
    expect(() => briefsPlan({ BRIEFS: 'yes' })).toThrow(/BRIEFS=yes: expected auto, required or off/);
  });

  it('without Chromium: auto leaves them out and says how to get them; required stops the build', () => {
    const missing = '/nonexistent/chromium';
    const plan = briefsPlan({}, missing);
    expect(plan.make).toBe(false);
    expect(plan.note).toContain(`no Chromium found at ${missing}`);
    expect(plan.note).toContain('ensure-system.sh build');
    expect(() => briefsPlan({ BRIEFS: 'required' }, missing)).toThrow(/none found at \/nonexistent\/chromium .*BRIEFS=required/);
    expect(briefsPlan({ BRIEFS: 'off' }, missing).make).toBe(false);
  });

  it('takes a file it cannot run for no browser: the briefs are left out, the build goes on', () => {
    const stub = join(bin, 'not-runnable');
    writeFileSync(stub, '');
    chmodSync(stub, 0o644);
    expect(briefsPlan({}, stub).make).toBe(false);
    expect(() => briefsPlan({ BRIEFS: 'required' }, stub)).toThrow(/BRIEFS=required/);
  });

  it('looks where CHROMIUM_PATH says, and only there', () => {
    expect(findChromium({ CHROMIUM_PATH: CHROMIUM })).toBe(CHROMIUM);
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium', PATH: bin })).toBeUndefined();
  });

  it('else at the usual install paths, then the usual command names on PATH', () => {
    expect(findChromium({ PATH: bin }, [join(bin, 'absent'), browser])).toBe(browser);
    expect(findChromium({ PATH: `/nonexistent${':'}${bin}` }, [])).toBe(browser);
    expect(findChromium({ PATH: '/nonexistent' }, [])).toBeUndefined();
    // A file of that name that cannot be run is not a browser.
    chmodSync(browser, 0o644);
    expect(findChromium({ PATH: bin }, [])).toBeUndefined();
    chmodSync(browser, 0o755);
  });
});

const bin = mkdtempSync(join(tmpdir(), 'atlas-bin-'));
const browser = join(bin, 'google-chrome');
writeFileSync(browser, '#!/bin/sh\n');
chmodSync(browser, 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));
