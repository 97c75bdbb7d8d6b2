/**
 * The chart kinds, and the charts built from their declarations (`data/charts.json`). A kind
 * knows how to draw, never what: every title, label, note and figure id is in the declaration.
 * Pure: the same declarations and figures give the same SVG, so the tests can snapshot each
 * chart and the pages can embed it. The timeline is drawn from milestones (`timeline.ts`).
 */
import type { ChartDeclaration, ChartKind } from '../schemas/charts.ts';
import type { FigureRecord } from '../schemas/figures.ts';
import { renderAll } from './artboards.ts';
import * as counts from './counts.ts';
import * as partsOfWhole from './parts-of-whole.ts';
import * as planTargets from './plan-targets.ts';
import { type ChartDrawing, type ChartSpec, type Get, lookup } from './spec.ts';
import * as targetVsResult from './target-vs-result.ts';
import { FIGURE_PLACEHOLDERS } from './text.ts';
import { FILE_WIDTH } from './theme.ts';
import * as timeline from './timeline.ts';

export type { ChartSpec } from './spec.ts';
export type { Milestone } from './timeline.ts';

/** The kinds drawn from figures, by the name a declaration gives. */
const FIGURE_KINDS = {
  counts: (d, get) => counts.build(d as Extract<ChartDeclaration, { kind: 'counts' }>, get),
  'target-vs-result': (d, get) => targetVsResult.build(d as Extract<ChartDeclaration, { kind: 'target-vs-result' }>, get),
  'parts-of-whole': (d, get) => partsOfWhole.build(d as Extract<ChartDeclaration, { kind: 'parts-of-whole' }>, get),
  'plan-targets': (d, get) => planTargets.build(d as Extract<ChartDeclaration, { kind: 'plan-targets' }>, get),
} satisfies Record<Exclude<ChartKind, 'timeline'>, (d: ChartDeclaration, get: Get) => ChartDrawing>;

/** The placeholders each kind's text may use (the figure placeholders and the kind's own), with their argument counts. */
export const PLACEHOLDERS: Record<ChartKind, Record<string, number>> = {
  counts: { ...FIGURE_PLACEHOLDERS, ...counts.PLACEHOLDERS },
  'target-vs-result': { ...FIGURE_PLACEHOLDERS, ...targetVsResult.PLACEHOLDERS },
  'parts-of-whole': { ...FIGURE_PLACEHOLDERS, ...partsOfWhole.PLACEHOLDERS },
  'plan-targets': { ...FIGURE_PLACEHOLDERS, ...planTargets.PLACEHOLDERS },
  timeline: timeline.PLACEHOLDERS,
};

export const isFigureChart = (d: ChartDeclaration): d is Exclude<ChartDeclaration, { kind: 'timeline' }> => d.kind !== 'timeline';

const distinct = (ids: (string | undefined)[]) => [...new Set(ids.filter((id) => id !== undefined))].sort();

/** A chart drawn at every width, with what it shows. */
function drawn(d: ChartDrawing, shows: Pick<ChartSpec, 'districts' | 'sources' | 'figures'>): ChartSpec {
  return {
    id: d.id,
    title: d.title,
    subtitle: d.subtitle,
    description: d.description,
    ...shows,
    columns: d.columns,
    rows: d.rows,
    notes: d.notes,
    renderings: renderAll(d.draw),
    file: { width: FILE_WIDTH, ...d.draw(FILE_WIDTH) },
  };
}

/** The districts, sources and figures of the figures a chart looked up. */
const provenance = (used: FigureRecord[]) => ({
  districts: distinct(used.map((f) => f.district)),
  sources: distinct(used.map((f) => f.source)),
  figures: used.map((f) => f.id),
});

/**
 * Builds the charts declared over figures, in the order declared, looking figures up by id in
 * `figures`; each is told which districts, sources and figures it shows by the figures it
 * looked up (drawn or cited in its text), so its metadata cannot disagree with its data.
 */
export function buildCharts(declarations: readonly ChartDeclaration[], figures: ReadonlyMap<string, FigureRecord>): ChartSpec[] {
  return declarations.filter(isFigureChart).map((d) => {
    const { get, used } = lookup(figures);
    const drawing = FIGURE_KINDS[d.kind](d, get);
    return drawn(drawing, provenance(used()));
  });
}

/** Builds each declared timeline from the milestones. */
export const buildTimelines = (declarations: readonly ChartDeclaration[], items: timeline.Milestone[]): ChartSpec[] =>
  declarations.flatMap((d) => {
    if (d.kind !== 'timeline') return [];
    const t = timeline.build(d, items);
    return [drawn(t, t)];
  });
