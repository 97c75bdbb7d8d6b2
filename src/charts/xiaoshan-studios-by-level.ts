/**
 * Xiaoshan's master studios at district level and above, by the levels the report names. The
 * rest of the total is the site's subtraction, drawn dashed and given no level: the report
 * does not say what the remaining studios are.
 */
import { remainder } from '../lib/content/derive.ts';
import { standsAt } from '../lib/present/format.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

const LEVELS = [
  ['国家级', 'xiaoshan-master-studios-national'],
  ['省级', 'xiaoshan-master-studios-provincial'],
  ['市级（杭州）', 'xiaoshan-master-studios-municipal'],
] as const;

export function rows(get: Get): Row[] {
  const total = get('xiaoshan-master-studios-total').value;
  const stated: Row[] = LEVELS.map(([level, id]) => ({ level, count: get(id).value, derived: '' }));
  const rest = remainder(
    total,
    stated.map((d) => d.count as number),
  );
  return [...stated, { level: '未列明级别（本站推算）', count: rest, derived: '是' }];
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'xiaoshan-studios-by-level';
  const total = get('xiaoshan-master-studios-total');
  const rest = data.at(-1)!.count;
  const title = `萧山区级以上技能大师工作室累计 ${total.wording}，报道列明了其中 ${total.value - Number(rest)} 家的级别`;
  const description = `${data
    .slice(0, 3)
    .map((d) => `${d.level}${d.count}家`)
    .join('、')}；另外${rest}家报道没有列明级别，这个数由本站用总数减去前三项算出。`;
  const drawn = bars(data, {
    id,
    title,
    description,
    label: 'level',
    value: 'count',
    axis: '工作室（家）',
    text: (d) => `${d.count}家${d.derived ? '（本站推算）' : ''}`,
  });
  return {
    id,
    title,
    subtitle: `区级以上技能大师工作室累计数，按级别；${standsAt(total)}`,
    description,
    columns: [
      { key: 'level', label: '级别' },
      { key: 'count', label: '工作室（家）', numeric: true },
      { key: 'derived', label: '是否推算' },
    ],
    rows: data,
    notes: [
      `报道只写了区级以上工作室的总数和国家级、省级、市级的数目。虚线框的 ${rest} 家 = ${[total.value, ...data.slice(0, 3).map((d) => d.count)].join(' − ')}，由本站计算；报道没有说这些工作室属于哪一级，本站也不作推断。`,
    ],
    ...drawn,
  };
}
