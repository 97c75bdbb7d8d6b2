import { rmSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { errorsLogged } from '../lib/build-log.mjs';

/**
 * Any error stops the build. A loader, plugin or hook that logs an error instead of throwing
 * it (src/lib/build-log.mjs keeps the record) fails `astro build` with a non-zero exit, so no
 * completion marker is written (src/integrations/build-lock.ts) and nothing is published:
 * before a page is rendered when the error came while the content was loaded, else once every
 * other hook has run.
 *
 * The content layer keeps what it loaded in its data store (`data-store.json` in Astro's cache
 * folder), the failed entry included, and the next build reuses an unchanged entry without
 * rendering it again: that build would log nothing and publish the page without its text. So
 * a failed build deletes the store, and the next one loads every entry afresh and fails alike.
 */
function stopOnErrors(when: string, dataStore: URL | undefined) {
  const errors = errorsLogged() ?? [];
  if (errors.length === 0) return;
  if (dataStore) rmSync(dataStore, { force: true });
  throw new Error(
    `构建过程中报告了 ${errors.length} 个错误，构建已停止 (the build stopped: ${errors.length} error(s) were logged ${when}):\n` +
      errors.map((e) => `  ${e.split('\n')[0]}`).join('\n'),
  );
}

export function strictBuild(): AstroIntegration {
  let dataStore: URL | undefined;
  return {
    name: 'skills-atlas:strict-build',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        dataStore = new URL('data-store.json', config.cacheDir);
        if (command === 'build' && !errorsLogged()) {
          throw new Error(
            'astro.config.mjs 须使用项目自己的构建日志 (the build log must be src/lib/build-log.mjs, set as `logger` in astro.config.mjs; Astro falls back to its own when that file fails to load)',
          );
        }
      },
      'astro:build:start': () => stopOnErrors('while the content was loaded', dataStore),
      'astro:build:done': () => stopOnErrors('while the site was built', dataStore),
    },
  };
}
