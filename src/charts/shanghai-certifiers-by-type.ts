/** Shanghai's enterprise certifying bodies by type, with each type's share computed from the counts. */
import { percent } from '../lib/content/derive.ts';
import { standsAt } from '../lib/present/format.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

const TYPES = [
  ['央企分支机构', 'shanghai-certifiers-central-soe-branches'],
  ['市级行业协会', 'shanghai-certifiers-municipal-associations'],
  ['市属企业', 'shanghai-certifiers-municipal-soe'],
  ['区属企业', 'shanghai-certifiers-district-soe'],
] as const;

export function rows(get: Get): Row[] {
  const total = get('shanghai-certifiers-total').value;
  return TYPES.map(([type, id]) => ({ type, count: get(id).value, share: percent(get(id).value, total) })).sort(
    (a, b) => b.count - a.count,
  );
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'shanghai-certifiers-by-type';
  const total = get('shanghai-certifiers-total');
  const top = data[0]!;
  const title = `上海企业技能等级认定机构 ${total.wording}，${top.type}最多，有 ${top.count} 家`;
  const description = `${data.map((d) => `${d.type}${d.count}家（${d.share}%）`).join('，')}，合计${total.value}家。`;
  const drawn = bars(data, {
    id,
    title,
    description,
    label: 'type',
    value: 'count',
    axis: '机构数（家）',
    text: (d) => `${d.count}家 · ${d.share}%`,
  });
  return {
    id,
    title,
    subtitle: `企业职业技能等级认定机构数，按类型；${standsAt(total)}`,
    description,
    columns: [
      { key: 'type', label: '类型' },
      { key: 'count', label: '机构数（家）', numeric: true },
      { key: 'share', label: '占比（本站计算，%）', numeric: true },
    ],
    rows: data,
    notes: [`占比由本站按各类数量 ÷ 总数 ${total.value} 家计算；四类之和与报道所写总数一致。`],
    ...drawn,
  };
}
