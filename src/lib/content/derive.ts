/**
 * Derived numbers: computed from the figures, never typed in. Where a report states a
 * derived value (a completion rate, a share, a total) the figure carries a `derivation`
 * and `checkStated` recomputes it; the tests fail when the two disagree beyond the
 * report's own rounding.
 */

/** The parts of a figure this module needs (the content collection's type has more). */
export interface FigureLike {
  id: string;
  value: number;
  unit: string;
  derivation?: { op: 'ratio' | 'sum' | 'difference'; of: string[] } | undefined;
}

/** Recomputes a derivation from the figures it names. Ratios are in per cent. */
export function compute(op: 'ratio' | 'sum' | 'difference', parts: number[]): number {
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

export interface DerivedCheck {
  id: string;
  stated: number;
  computed: number;
  tolerance: number;
  ok: boolean;
}

/** Recomputes one stated derived figure from its parts. */
export function checkStated(figure: FigureLike, byId: Map<string, FigureLike>): DerivedCheck {
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

/** Completion of a target in per cent, as the site shows it (one decimal). */
export const completion = (achieved: number, target: number) => Math.round((achieved / target) * 1000) / 10;

/** A whole split into stated parts plus the remainder nobody stated, which is marked derived. */
export function remainder(total: number, parts: number[]): number {
  const rest = total - parts.reduce((a, b) => a + b, 0);
  if (rest < 0) throw new Error(`parts (${parts.join('+')}) exceed the total ${total}`);
  return rest;
}
