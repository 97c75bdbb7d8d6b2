/**
 * The build's log, set in astro.config.mjs through Astro's Logger API (`logger`): Astro's own
 * Node output, unchanged, with a record kept of every error logged.
 *
 * Some failures are only logged. Astro's content loaders catch an entry that fails to render,
 * log "[ERROR]" and go on: a district text with an unsafe link was once published without its
 * introduction by a build that exited 0 and marked itself complete. The record lets
 * src/integrations/strict-build.ts stop the build on any logged error, whoever logged it.
 *
 * JavaScript, not TypeScript: Astro imports a logger with Node itself. Astro loads the config
 * (and the integrations) through Vite, a second copy of every module, so the record lives on
 * `globalThis` under a registered symbol, where both copies find it.
 */
import node from 'astro/logger/node';

const RECORD = Symbol.for('skills-atlas.build-log.errors');

/**
 * The errors logged so far in this process, as "[label] message"; undefined when the build's
 * log is not this one (astro.config.mjs names another, or Astro fell back to its default
 * because this file failed to load).
 * @returns {string[] | undefined}
 */
export function errorsLogged() {
  return /** @type {Record<symbol, string[] | undefined>} */ (globalThis)[RECORD];
}

/**
 * @param {{ level?: import('astro').AstroLoggerLevel } | undefined} config
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function buildLog(config) {
  const out = node(config);
  // Astro makes its logger more than once in a build: all of them share one record.
  const shared = /** @type {Record<symbol, string[] | undefined>} */ (globalThis);
  shared[RECORD] ??= [];
  const errors = shared[RECORD];
  return {
    write(event) {
      if (event.level === 'error') errors.push(`${event.label ? `[${event.label}] ` : ''}${event.message}`);
      out.write(event);
    },
  };
}
