/**
 * A plan's targets: one lollipop per target on a logarithmic scale, so each order of
 * magnitude gets equal room. Targets only: a plan's targets are never drawn as results.
 */
import { formatNumber } from '../lib/present/format.ts';
import type { DeclarationOf } from '../schemas/charts.ts';
import { barRows } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';
import { figureFillers, fill } from './text.ts';

/** This kind computes nothing its text could state. */
export const PLACEHOLDERS: Record<string, number> = {};

type PlanTargets = DeclarationOf<'plan-targets'>;

export function rows(d: PlanTargets, get: Get): Row[] {
  return d.targets.map((t) => ({ goal: t.label, target: get(t.figure).value, unit: get(t.figure).unit }));
}

export function build(d: PlanTargets, get: Get): ChartDrawing {
  const data = rows(d, get);
  const f = figureFillers(get);
  const title = fill(d.title, f);
  const description = `${data.map((r) => `${r.goal}${formatNumber(Number(r.target))}${r.unit}`).join('；')}。横轴为对数刻度。`;
  // From 0.7 (so a target of 1 sits off the axis line) to twice the next power of ten.
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(...data.map((r) => Number(r.target))))));
  const draw = barRows(
    data.map((r) => ({
      label: String(r.goal),
      from: 0.7,
      to: Number(r.target),
      text: `${formatNumber(Number(r.target))}${r.unit}`,
      style: 'lollipop' as const,
    })),
    {
      x: { type: 'log', domain: [0.7, 2 * 10 ** decades] },
      ticks: Array.from({ length: decades + 1 }, (_, i) => ({ value: 10 ** i, label: formatNumber(10 ** i) })),
      axisTitle: '目标数量（对数刻度：每格为上一格的 10 倍）',
    },
  );
  return {
    id: d.id,
    title,
    subtitle: fill(d.subtitle, f),
    description,
    columns: [
      { key: 'goal', label: '目标' },
      { key: 'target', label: '目标数量', numeric: true },
      { key: 'unit', label: '单位' },
    ],
    rows: data,
    notes: d.notes.map((n) => fill(n, f)),
    draw,
  };
}
