/**
 * A Vitest reporter that prints, after the run, where its time went: each group's wall time
 * (unit, site and builds run one after the other, see vitest.config.ts) and each file's, from
 * the moment it started to the moment its last hook ended, slowest first. Every run prints
 * it, CI's included, so the next person sees what a change cost. Its last line is the plain
 * count, `N passed, N failed, N skipped`.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;

export default class Timings implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly rows: { file: string; group: string; tests: number; start: number; end: number }[] = [];
  private readonly states = { passed: 0, failed: 0, skipped: 0 };

  onTestModuleStart(module: TestModule) {
    this.started.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule) {
    const start = this.started.get(module.moduleId) ?? performance.now();
    for (const test of module.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed' || state === 'failed' || state === 'skipped') this.states[state]++;
    }
    // A file that failed before or around its tests (an import, a hook) counts as a failure too.
    if (module.errors().length > 0) this.states.failed++;
    this.rows.push({
      file: relative(process.cwd(), module.moduleId),
      group: module.project.name,
      tests: [...module.children.allTests()].length,
      start,
      end: performance.now(),
    });
  }

  onTestRunEnd() {
    if (this.rows.length === 0) return;
    const lines = ['', 'Where the tests’ time went (wall time):'];
    for (const group of [...new Set(this.rows.map((r) => r.group))]) {
      const own = this.rows.filter((r) => r.group === group);
      const wall = Math.max(...own.map((r) => r.end)) - Math.min(...own.map((r) => r.start));
      const tests = own.reduce((n, r) => n + r.tests, 0);
      lines.push(`  ${(group || 'tests').padEnd(46)} ${seconds(wall)}  ${own.length} files, ${tests} tests`);
    }
    for (const r of [...this.rows].sort((a, b) => b.end - b.start - (a.end - a.start)))
      lines.push(`    ${r.file.padEnd(44)} ${seconds(r.end - r.start)}  ${r.tests} tests`);
    const { passed, failed, skipped } = this.states;
    lines.push('', `${passed} passed, ${failed} failed, ${skipped} skipped`);
    console.log(lines.join('\n'));
  }
}
