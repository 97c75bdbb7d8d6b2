/**
 * Every chart on the site, built from figures and milestones. Pure: the same input gives
 * the same SVG, so the tests can snapshot each chart and the pages can embed it.
 */
import * as changningTraining from './changning-training.ts';
import * as lingangPlan from './lingang-plan.ts';
import * as shanghaiCertificationVolume from './shanghai-certification-volume.ts';
import * as shanghaiCertifiers from './shanghai-certifiers.ts';
import { type ChartSpec, type FigureValue, lookup } from './spec.ts';
import * as timeline from './timeline.ts';
import * as xiaoshanCertification from './xiaoshan-certification.ts';
import * as xiaoshanHighSkillShare from './xiaoshan-high-skill-share.ts';
import * as xiaoshanStudios from './xiaoshan-studios.ts';
import * as xiaoshanTargets from './xiaoshan-targets.ts';

export type { ChartSpec } from './spec.ts';
export type { Milestone } from './timeline.ts';

const FIGURE_CHARTS = [
  xiaoshanTargets,
  xiaoshanHighSkillShare,
  xiaoshanCertification,
  xiaoshanStudios,
  shanghaiCertifiers,
  shanghaiCertificationVolume,
  changningTraining,
  lingangPlan,
];

export function buildCharts(figures: Map<string, FigureValue>, milestones: timeline.Milestone[]): ChartSpec[] {
  const get = lookup(figures);
  return [...FIGURE_CHARTS.map((c) => c.build(get)), timeline.build(milestones)];
}
