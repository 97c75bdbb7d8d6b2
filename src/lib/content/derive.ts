/**
 * Derived numbers: computed from the figures, never typed in. Where a report states a
 * derived value (a completion rate, a share, a total) the figure carries a `derivation`
 * and `checkStated` recomputes it; the tests fail when the two disagree beyond the
 * report's own rounding.
 */
import type { FigureRecord } from '../../schemas/figures.ts';

type Op = NonNullable<FigureRecord['derivation']>['op'];

/** Recomputes a derivation from the values of the figures it names. Ratios are in per cent. */
export function compute(op: Op, parts: number[]): number {
  const [first = Number.NaN, ...rest] = parts;
  switch (op) {
    case 'ratio':
      return (first / (rest[0] ?? Number.NaN)) * 100;
    case 'sum':
      return parts.reduce((a, b) => a + b, 0);
    case 'difference':
      return rest.reduce((a, b) => a - b, first);
  }
}

/** Half a unit in the last decimal place the report prints: 134 → 0.5, 51.74 → 0.005. */
export function roundingTolerance(stated: number): number {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

interface DerivedCheck {
  id: string;
  stated: number;
  computed: number;
  tolerance: number;
  ok: boolean;
}

/** Recomputes one stated derived figure from its parts, looked up by id. */
export function checkStated(figure: FigureRecord, byId: ReadonlyMap<string, FigureRecord>): DerivedCheck {
  if (!figure.derivation) throw new Error(`${figure.id} has no derivation`);
  const parts = figure.derivation.of.map((id) => {
    const part = byId.get(id);
    if (!part) throw new Error(`${figure.id}: derivation names unknown figure ${id}`);
    return part.value;
  });
  const computed = compute(figure.derivation.op, parts);
  const tolerance = roundingTolerance(figure.value);
  return { id: figure.id, stated: figure.value, computed, tolerance, ok: Math.abs(computed - figure.value) <= tolerance + 1e-9 };
}

/**
 * `part` as a per cent of `whole`, to one decimal, as the site shows every rate and share
 * it computes (completion of a target, a part of a whole). A zero or negative whole has no
 * share, so it throws rather than print "Infinity%".
 */
export function percent(part: number, whole: number): number {
  if (!(whole > 0)) throw new Error(`percent: the whole must be positive, got ${whole}`);
  return Math.round((part / whole) * 1000) / 10;
}

/** A whole split into stated parts plus the remainder nobody stated, which is marked derived. */
export function remainder(total: number, parts: number[]): number {
  const rest = total - parts.reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error(`parts (${parts.join('+')}) exceed the total ${total}`);
  return rest;
}
