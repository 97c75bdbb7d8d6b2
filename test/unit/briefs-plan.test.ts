/** BRIEFS decides whether a build makes the PDF briefs: auto (when Chromium is there), required, off. */
import { describe, expect, it } from 'vitest';
import { briefsPlan, CHROMIUM } from '../../src/lib/briefs-plan.ts';

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
    expect(plan.note).toContain(`no Chromium at ${missing}`);
    expect(plan.note).toContain('ensure-system.sh build');
    expect(() => briefsPlan({ BRIEFS: 'required' }, missing)).toThrow(/need Chromium at \/nonexistent\/chromium, and BRIEFS=required/);
    expect(briefsPlan({ BRIEFS: 'off' }, missing).make).toBe(false);
  });

  it('looks where CHROMIUM_PATH says, or at Debian’s chromium', () => {
    expect(CHROMIUM).toBe(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  });
});
