/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests run through Astro's own Vite configuration, so modules that import `astro:content`
 * (the query layer) are tested as they are, with that module mocked (test/unit/queries.test.ts).
 */
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
