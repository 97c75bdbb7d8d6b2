/** How many assessments Shanghai's certifying bodies ran, and how many certificates they issued. */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, standsAt } from '../lib/present/format.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

export function rows(get: Get): Row[] {
  return [
    { item: '累计开展评价', value: get('shanghai-certification-assessments').value, unit: '人次' },
    { item: '颁发等级证书', value: get('shanghai-certification-certificates').value, unit: '本' },
  ];
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'shanghai-certification-volume';
  const [assess, certs] = data.map((d) => d.value as number) as [number, number];
  const ratio = percent(certs, assess);
  const title = `上海企业认定：每 100 人次评价，约发出 ${Math.round(ratio)} 本证书`;
  const description = `累计开展评价${formatNumber(assess)}人次，颁发职业技能等级证书${formatNumber(certs)}本，证书数相当于评价人次的${ratio}%。`;
  const drawn = bars(data, {
    id,
    title,
    description,
    label: 'item',
    value: 'value',
    axis: '数量',
    text: (d) => `${formatNumber(d.value as number)}${d.unit}`,
  });
  return {
    id,
    title,
    subtitle: `全市企业职业技能等级认定累计数，${standsAt(get('shanghai-certification-assessments'))}`,
    description,
    columns: [
      { key: 'item', label: '项目' },
      { key: 'value', label: '数量', numeric: true },
      { key: 'unit', label: '单位' },
    ],
    rows: data,
    notes: [
      `证书与评价之比 ${ratio}% 由本站计算。报道原文为“3.48万人次”“2.85万本”，是四舍五入到百位的数；一人次评价不一定对应一本证书，此比值只作量级参考。`,
    ],
    ...drawn,
  };
}
