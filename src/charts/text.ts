/**
 * A declaration's text with its placeholders filled: `{name}` or `{name:arg:arg}`. Figure
 * placeholders work in every chart; each kind adds what it computes (see its PLACEHOLDERS).
 * A computed number is rounded once, where it is computed, so a title and a note that state
 * it say the same thing.
 */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, precisionText, standsAt } from '../lib/present/format.ts';
import type { FigureRecord } from '../schemas/figures.ts';
import type { Get } from './spec.ts';

/** What fills one placeholder name, given its arguments. */
export type Fillers = Record<string, (args: string[]) => string | number>;

const PLACEHOLDER = /\{([A-Za-z]+)((?::[^:{}\s]+)*)\}/g;

/** The placeholders in a text, in order. */
export function placeholders(template: string): { name: string; args: string[]; at: number; length: number }[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => ({
    name: m[1]!,
    args: m[2] ? m[2].slice(1).split(':') : [],
    at: m.index,
    length: m[0].length,
  }));
}

/** Fills every placeholder; an unknown one is a bug the content check should have caught, so it throws. */
export function fill(template: string, fillers: Fillers): string {
  return template.replace(PLACEHOLDER, (whole, name: string, args: string) => {
    const f = fillers[name];
    if (!f) throw new Error(`chart text has an unknown placeholder ${whole}`);
    return String(f(args ? args.slice(1).split(':') : []));
  });
}

/** Placeholders of any figure, with how many arguments each takes (all figure ids). */
export const FIGURE_PLACEHOLDERS: Record<string, number> = {
  wording: 1,
  value: 1,
  standsAt: 1,
  precision: 1,
  upper: 1,
  lower: 1,
  ratio: 2,
};

/** The largest value a rounded figure may stand for ("11万" is at most 115,000). */
export const upper = (f: FigureRecord) => f.value + (f.roundedTo ?? 0) / 2;
/** The smallest ("超31万" is at least 310,000; "31万" at least 305,000). */
export const lower = (f: FigureRecord) =>
  f.value - (f.qualifier === 'more-than' || f.qualifier === 'at-least' ? 0 : (f.roundedTo ?? 0) / 2);

/** The figure placeholders, looking figures up through the chart's `get` (so they count as cited). */
export function figureFillers(get: Get): Fillers {
  return {
    wording: ([id]) => get(id!).wording,
    value: ([id]) => formatNumber(get(id!).value),
    standsAt: ([id]) => standsAt(get(id!)),
    precision: ([id]) => precisionText(get(id!)),
    upper: ([id]) => formatNumber(upper(get(id!))),
    lower: ([id]) => formatNumber(lower(get(id!))),
    ratio: ([a, b]) => percent(get(a!).value, get(b!).value),
  };
}
