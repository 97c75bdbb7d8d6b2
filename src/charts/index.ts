/**
 * The charts drawn from figures; the timeline (`timeline.ts`) is drawn from milestones.
 * Pure: the same input gives the same SVG, so the tests can snapshot each chart and the
 * pages can embed it. Each chart module is named after the chart's id (`src/charts/<id>.ts`).
 */
import type { FigureRecord } from '../schemas/figures.ts';
import * as changningTraining from './changning-training.ts';
import * as lingangPlan from './lingang-plan.ts';
import * as shanghaiCertificationVolume from './shanghai-certification-volume.ts';
import * as shanghaiCertifiersByType from './shanghai-certifiers-by-type.ts';
import { type ChartDrawing, type ChartSpec, type Get, lookup } from './spec.ts';
import * as xiaoshanCertification from './xiaoshan-certification.ts';
import * as xiaoshanHighSkillShare from './xiaoshan-high-skill-share.ts';
import * as xiaoshanStudiosByLevel from './xiaoshan-studios-by-level.ts';
import * as xiaoshanTargets from './xiaoshan-targets.ts';

export type { ChartSpec } from './spec.ts';
export type { Milestone } from './timeline.ts';

/** The charts drawn from figures, in the order the chart pages list them. */
const FIGURE_CHARTS: { build: (get: Get) => ChartDrawing }[] = [
  xiaoshanTargets,
  xiaoshanHighSkillShare,
  xiaoshanCertification,
  xiaoshanStudiosByLevel,
  shanghaiCertifiersByType,
  shanghaiCertificationVolume,
  changningTraining,
  lingangPlan,
];

const distinct = (ids: (string | undefined)[]) => [...new Set(ids.filter((id) => id !== undefined))].sort();

/** A drawing with the districts, sources and figures of the figures it looked up. */
function withProvenance(d: ChartDrawing, used: FigureRecord[]): ChartSpec {
  return {
    id: d.id,
    title: d.title,
    subtitle: d.subtitle,
    description: d.description,
    districts: distinct(used.map((f) => f.district)),
    sources: distinct(used.map((f) => f.source)),
    figures: used.map((f) => f.id),
    columns: d.columns,
    rows: d.rows,
    notes: d.notes,
    width: d.width,
    height: d.height,
    svg: d.svg,
  };
}

/**
 * Builds every chart drawn from figures, looked up by id in `figures`; each is told which
 * districts, sources and figures it shows by the figures it looked up.
 */
export function buildCharts(figures: ReadonlyMap<string, FigureRecord>): ChartSpec[] {
  return FIGURE_CHARTS.map((chart) => {
    const { get, used } = lookup(figures);
    return withProvenance(chart.build(get), used());
  });
}
