/**
 * The chart a table hides: in Xiaoshan, high-skilled workers make up a larger share of
 * this year's new skilled workers than of the whole workforce, so the mix is shifting upward.
 */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, formatValue, standsAt } from '../lib/present/format.ts';
import type { ChartDrawing, Get } from './spec.ts';
import { type Part, splits } from './splits.ts';

export function rows(get: Get): Part[] {
  const stock = get('xiaoshan-skilled-talent-total').value;
  const stockHigh = get('xiaoshan-high-skilled-talent-total').value;
  const added = get('xiaoshan-new-skilled-talent-achieved').value;
  const addedHigh = get('xiaoshan-new-high-skilled-talent-achieved').value;
  return [
    { whole: '今年新增', part: '高技能', value: addedHigh, share: percent(addedHigh, added), derived: '' },
    { whole: '今年新增', part: '其他技能人才', value: added - addedHigh, share: percent(added - addedHigh, added), derived: '是' },
    { whole: '全区总量', part: '高技能', value: stockHigh, share: percent(stockHigh, stock), derived: '' },
    { whole: '全区总量', part: '其他技能人才', value: stock - stockHigh, share: percent(stock - stockHigh, stock), derived: '是' },
  ];
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'xiaoshan-high-skill-share';
  const [newHigh, , stockHigh] = data as [Part, Part, Part, Part];
  const stock = get('xiaoshan-skilled-talent-total');
  const stockHighFigure = get('xiaoshan-high-skilled-talent-total');
  const added = get('xiaoshan-new-skilled-talent-achieved');
  const stockWording = formatValue(stock.value, stock.unit, stock.qualifier);
  const bound = stock.qualifier === 'more-than' ? `，总量实际更多，所以这一比例最多为${stockHigh.share}%` : '';
  const compared = newHigh.share > stockHigh.share ? '高于' : newHigh.share < stockHigh.share ? '低于' : '等于';
  const title = `萧山今年新增的技能人才中，高技能人才占 ${newHigh.share}%，${compared}总量中的 ${stockHigh.share}%`;
  const description = `今年新增技能人才${formatNumber(added.value)}人，其中高技能人才${formatNumber(newHigh.value)}人（${newHigh.share}%）；全区技能人才${stockWording}，其中高技能人才${formatValue(stockHighFigure.value, stockHighFigure.unit, stockHighFigure.qualifier)}（按${formatNumber(stock.value)}计为${stockHigh.share}%${bound}）。`;
  return {
    id,
    title,
    subtitle: `高技能人才占技能人才的比例：今年新增与全区总量对比；萧山区，${standsAt(stock)}`,
    description,
    columns: [
      { key: 'whole', label: '总体' },
      { key: 'part', label: '组成' },
      { key: 'value', label: '人数', numeric: true },
      { key: 'share', label: '占比（本站计算，%）', numeric: true },
      { key: 'derived', label: '是否推算' },
    ],
    rows: data,
    notes: [
      `全区技能人才总量原文为“${stockWording}”，本站按 ${formatNumber(stock.value)} 计算${stock.qualifier === 'more-than' ? '，所以总量中高技能人才的占比是上限' : ''}。`,
      `新增数${standsAt(added)}，总量为报道时的数；“其他技能人才”由减法推算。`,
    ],
    ...splits(data, { id, title, description }),
  };
}
