/** Xiaoshan's three yearly targets and how far each was exceeded: a bullet chart in per cent of target. */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, standsAt } from '../lib/present/format.ts';
import { barRows } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

const PAIRS = [
  ['职业技能培训', 'xiaoshan-training-achieved', 'xiaoshan-training-target', 'xiaoshan-training-completion-rate'],
  [
    '新增技能人才',
    'xiaoshan-new-skilled-talent-achieved',
    'xiaoshan-new-skilled-talent-target',
    'xiaoshan-new-skilled-talent-completion-rate',
  ],
  [
    '新增高技能人才',
    'xiaoshan-new-high-skilled-talent-achieved',
    'xiaoshan-new-high-skilled-talent-target',
    'xiaoshan-new-high-skilled-talent-completion-rate',
  ],
] as const;

export function rows(get: Get): Row[] {
  return PAIRS.map(([indicator, a, t, r]) => {
    const achieved = get(a);
    const target = get(t);
    return {
      indicator,
      achieved: achieved.value,
      target: target.value,
      target_wording: target.wording,
      unit: achieved.unit,
      completion: percent(achieved.value, target.value),
      stated_completion: get(r).value,
    };
  });
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'xiaoshan-targets';
  const title = data.every((d) => (d.completion as number) > 100)
    ? '萧山三项技能民生实事目标全部超额完成'
    : '萧山三项技能民生实事目标的完成情况';
  const description = data
    .map(
      (d) =>
        `${d.indicator}完成${formatNumber(d.achieved as number)}${d.unit}，目标${d.target_wording}，报道所写完成率${d.stated_completion}%（本站按原数算得${d.completion}%）`,
    )
    .join('；');
  const max = 180;
  const { svg, width, height } = barRows(
    data.map((d) => ({
      label: String(d.indicator),
      sub: `${formatNumber(d.achieved as number)} / ${d.target_wording}`,
      to: (d.stated_completion as number) / max,
      text: `${d.stated_completion}%`,
      style: 'bar' as const,
      track: true,
    })),
    {
      ticks: [0, 50, 100, 150].map((v) => ({ at: v / max, label: String(v) })),
      axisTitle: '完成率（%，虚线 = 目标 100%）',
      rule: 100 / max,
    },
    { id, title, description },
  );
  return {
    id,
    title,
    subtitle: `已完成数与年度目标之比，${standsAt(get('xiaoshan-training-achieved'))}；虚线为目标（100%）`,
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
    notes: [
      `培训目标原文为“${data[0]!.target_wording}”。条形与数字是报道所写的完成率（取整）；本站按“已完成 ÷ 目标”算得的一位小数见数据表。`,
    ],
    width,
    height,
    svg,
  };
}
