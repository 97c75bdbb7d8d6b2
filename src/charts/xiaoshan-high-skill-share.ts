/**
 * The chart a table hides: in Xiaoshan, high-skilled workers make up a larger share of
 * this year's new skilled workers than of the whole workforce, so the mix is shifting upward.
 */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, precisionText, standsAt } from '../lib/present/format.ts';
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
  // Both totals are rounded: the largest share they allow takes the high-skilled count at the top
  // of its rounding and the total at its smallest (a "超" total is at least its value).
  const highest = stockHighFigure.value + (stockHighFigure.roundedTo ?? 0) / 2;
  const lowest = stock.value - (stock.qualifier === 'more-than' || stock.qualifier === 'at-least' ? 0 : (stock.roundedTo ?? 0) / 2);
  const maxShare = percent(highest, lowest);
  const compared = newHigh.share > maxShare ? '高于' : '接近';
  const title = `本站计算：萧山今年新增的技能人才中高技能人才占 ${newHigh.share}%，${compared}全区总量中的约 ${Math.round(stockHigh.share)}%`;
  const description = `今年新增技能人才${formatNumber(added.value)}人，其中高技能人才${formatNumber(newHigh.value)}人（${newHigh.share}%）；全区技能人才${stock.wording}，高技能人才${stockHighFigure.wording}，按这两个约数计约为${stockHigh.share}%，最多不超过${maxShare}%。`;
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
      `全区技能人才原文为“${stock.wording}”，高技能人才为“${stockHighFigure.wording}”，都是约数（${precisionText(stock)}）。本站按 ${formatNumber(stockHighFigure.value)} ÷ ${formatNumber(stock.value)} 算得 ${stockHigh.share}%，只能看作大概；高技能人才按取整前最多的 ${formatNumber(highest)} 计、总量按最少的 ${formatNumber(lowest)} 计，也不超过 ${maxShare}%。`,
      `新增数${standsAt(added)}，总量为报道时的数；“其他技能人才”由本站用减法算出。报道没有明说新增的高技能人才包含在新增技能人才之内，本站按包含计算。`,
    ],
    ...splits(data, { id, title, description }),
  };
}
