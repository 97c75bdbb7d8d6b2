/** Lingang's 一十百千万 plan: five targets from 1 to 10,000 on a logarithmic scale, so each order of magnitude gets equal room. */
import { scaleLog } from 'd3';
import { formatNumber, standsAt } from '../lib/present/format.ts';
import { barRows } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

const TARGETS = [
  ['一：新建产业网络大学', 'lingang-plan-industry-university'],
  ['十：产业实训基地', 'lingang-plan-training-bases'],
  ['百：选树“临港工匠”', 'lingang-plan-craftsmen'],
  ['千：培养“临港学徒”', 'lingang-plan-apprentices'],
  ['万：职工技能等级提升', 'lingang-plan-worker-skill-upgrades'],
  ['万：储备高技能人才', 'lingang-plan-high-skill-reserve'],
] as const;

export function rows(get: Get): Row[] {
  return TARGETS.map(([goal, id]) => ({ goal, target: get(id).value, unit: get(id).unit }));
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'lingang-plan';
  const title = '“一十百千万”：临港三年计划的目标逐级放大十倍';
  const description = `${data.map((d) => `${d.goal}${formatNumber(d.target as number)}${d.unit}`).join('；')}。横轴为对数刻度。`;
  // A d3 log scale from 0.7 (so the target 1 sits off the axis line) to 20,000, as a fraction of the width.
  const at = scaleLog().domain([0.7, 20000]).range([0, 1]);
  const { svg, width, height } = barRows(
    data.map((d) => ({
      label: String(d.goal),
      to: at(d.target as number),
      text: `${formatNumber(d.target as number)}${d.unit}`,
      style: 'lollipop' as const,
    })),
    {
      ticks: [1, 10, 100, 1000, 10000].map((v) => ({ at: at(v), label: formatNumber(v) })),
      axisTitle: '目标数量（对数刻度：每格为上一格的 10 倍）',
    },
    { id, title, description },
  );
  return {
    id,
    title,
    subtitle: `临港新片区职工技能登高计划的目标，${standsAt(get('lingang-plan-craftsmen'))}`,
    description,
    columns: [
      { key: 'goal', label: '目标' },
      { key: 'target', label: '目标数量', numeric: true },
      { key: 'unit', label: '单位' },
    ],
    rows: data,
    notes: ['这些都是计划目标，不是完成数；报道没有给出完成情况。“万”字头下有两项各 10000 名的目标。'],
    width,
    height,
    svg,
  };
}
