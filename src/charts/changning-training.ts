/** Changning's three years of training: the total, the part online, and new-style apprentices. */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, standsAt } from '../lib/present/format.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

export function rows(get: Get): Row[] {
  const total = get('changning-training-total').value;
  const online = get('changning-training-online').value;
  return [
    { item: '培训总人次', value: total, unit: '人次', share: '', derived: '' },
    { item: '其中：线上培训', value: online, unit: '人次', share: percent(online, total), derived: '' },
    { item: '其中：线下及其他（推算）', value: total - online, unit: '人次', share: percent(total - online, total), derived: '是' },
    { item: '新型学徒制', value: get('changning-new-apprenticeship').value, unit: '人', share: '', derived: '' },
  ];
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'changning-training';
  const online = data[1]!;
  const title = `长宁近三年培训 ${get('changning-training-total').wording}，其中线上 ${get('changning-training-online').wording}（本站算得约占 ${online.share}%）`;
  const description = `近3年共培训${formatNumber(data[0]!.value as number)}人次，其中线上${formatNumber(online.value as number)}人次（${online.share}%），其余${formatNumber(data[2]!.value as number)}人次由本站推算；新型学徒制培养${data[3]!.value}人。`;
  const drawn = bars(data, {
    id,
    title,
    description,
    label: 'item',
    value: 'value',
    axis: '人次 / 人',
    text: (d) => `${formatNumber(d.value as number)}${d.unit}${d.share !== '' ? ` · ${d.share}%` : ''}`,
  });
  return {
    id,
    title,
    subtitle: `长宁区“近3年”职业技能培训，${standsAt(get('changning-training-total'))}`,
    description,
    columns: [
      { key: 'item', label: '项目' },
      { key: 'value', label: '数量', numeric: true },
      { key: 'unit', label: '单位' },
      { key: 'share', label: '占培训总人次（本站计算，%）', numeric: true },
      { key: 'derived', label: '是否推算' },
    ],
    rows: data,
    notes: [
      '“线下及其他”= 总人次 − 线上人次，由本站推算。新型学徒制的单位是“人”，不是“人次”，不能与培训人次相加。报道称“近3年”，未给起止日期。',
    ],
    ...drawn,
  };
}
