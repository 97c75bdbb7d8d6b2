/**
 * The suite's one Chromium (started by test/support/global-setup.ts), connected to once per
 * test file; each test opens its own context and page, and the file's connection closes
 * (with every context it opened) after its last test.
 */
import { type Browser, chromium } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export async function connect(): Promise<Browser> {
  const browser = await chromium.connect(inject('browserEndpoint'));
  afterAll(() => browser.close());
  return browser;
}
