/**
 * Target against result: each achievement in per cent of its target, as a bullet chart with
 * the target as a dashed rule at 100 %. The bar is the completion rate the report states when
 * it states one, else the site's; the table gives both.
 */
import { percent } from '../lib/content/derive.ts';
import { formatNumber } from '../lib/present/format.ts';
import type { DeclarationOf } from '../schemas/charts.ts';
import { barRows } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';
import { figureFillers, fill } from './text.ts';

/** What this kind's text may compute: the site's completion rate of a row (by index). */
export const PLACEHOLDERS: Record<string, number> = { completion: 1 };

type TargetVsResult = DeclarationOf<'target-vs-result'>;

export function rows(d: TargetVsResult, get: Get): Row[] {
  return d.rows.map((r) => {
    const achieved = get(r.achieved);
    const target = get(r.target);
    const completion = percent(achieved.value, target.value);
    return {
      indicator: r.label,
      achieved: achieved.value,
      target: target.value,
      target_wording: target.wording,
      unit: achieved.unit,
      completion,
      stated_completion: r.rate ? get(r.rate).value : '',
    };
  });
}

/** The drawn rate of a row: the report's, else the site's. */
const drawnRate = (r: Row) => Number(r.stated_completion !== '' ? r.stated_completion : r.completion);

export function build(d: TargetVsResult, get: Get): ChartDrawing {
  const data = rows(d, get);
  const f = {
    ...figureFillers(get),
    completion: ([n]: string[]) => data[Number(n)]?.completion ?? '',
  };
  const title = fill(d.title, f);
  const description = data
    .map(
      (r) =>
        `${r.indicator}完成${formatNumber(Number(r.achieved))}${r.unit}，目标${r.target_wording}，${r.stated_completion !== '' ? `报道所写完成率${r.stated_completion}%（本站按原数算得${r.completion}%）` : `本站算得完成率${r.completion}%`}`,
    )
    .join('；');
  // The scale ends 10–30 points past the largest rate, on a multiple of 20; ticks every 50.
  const max = Math.max(120, Math.ceil((Math.max(...data.map(drawnRate)) + 10) / 20) * 20);
  const draw = barRows(
    data.map((r) => ({
      label: String(r.indicator),
      sub: `${formatNumber(Number(r.achieved))} / ${r.target_wording}`,
      to: drawnRate(r),
      text: `${drawnRate(r)}%`,
      style: 'bar' as const,
      track: true,
    })),
    {
      x: { type: 'linear', domain: [0, max] },
      ticks: Array.from({ length: Math.floor((max - 1) / 50) + 1 }, (_, i) => ({ value: i * 50, label: String(i * 50) })),
      axisTitle: '完成率（%，虚线 = 目标 100%）',
      rule: 100,
    },
  );
  return {
    id: d.id,
    title,
    subtitle: fill(d.subtitle, f),
    description,
    columns: [
      { key: 'indicator', label: '指标' },
      { key: 'achieved', label: '已完成', numeric: true },
      { key: 'target', label: '目标', numeric: true },
      { key: 'unit', label: '单位' },
      { key: 'completion', label: '完成率（本站计算，%）', numeric: true },
      { key: 'stated_completion', label: '完成率（报道所写，%）', numeric: true },
    ],
    rows: data,
    notes: d.notes.map((n) => fill(n, f)),
    draw,
  };
}
