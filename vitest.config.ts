/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests run through Astro's own Vite configuration, so modules that import `astro:content`
 * (the query layer) are tested as they are, with that module mocked (test/unit/queries.test.ts).
 *
 * Three groups, one after the other, so that two cores are never shared by work that fights
 * for them: the unit tests (no built site, seconds); then the tests that read the one built
 * site, dist/, in files and in the suite's one Chromium (test/support/global-setup.ts); then
 * the tests that make builds of their own (test/builds/), each sized to what it asserts.
 */
export default getViteConfig({
  test: {
    reporters: ['default', './test/support/timings.ts'],
    // Two files at a time (Vitest's default here is one): the two builds of test/builds/
    // overlap their waits for each other (the lock) and for Chromium.
    maxWorkers: 2,
    // Concurrent tests within a file (the accessibility sweep's sections), two at a time:
    // more only queue for the same two cores.
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          sequence: { groupOrder: 1 },
          // One file at a time: each drives Chromium at full tilt, and two at once only made
          // them fight for the two cores (the group took 434 s so, against about 340 s).
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: ['test/builds/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
