/** How many assessments Shanghai's certifying bodies ran, and how many certificates they issued. */
import { percent } from '../lib/content/derive.ts';
import { precisionText, standsAt } from '../lib/present/format.ts';
import type { FigureRecord } from '../schemas/figures.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';

export function rows(get: Get): Row[] {
  const drawn: [string, FigureRecord][] = [
    ['累计开展评价', get('shanghai-certification-assessments')],
    ['颁发等级证书', get('shanghai-certification-certificates')],
  ];
  return drawn.map(([item, f]) => ({ item, wording: f.wording, value: f.value, unit: f.unit, precision: precisionText(f) }));
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'shanghai-certification-volume';
  const [assess, certs] = data.map((d) => d.value as number) as [number, number];
  const ratio = percent(certs, assess);
  const [assessed, issued] = data as [Row, Row];
  const title = `上海企业认定累计评价${assessed.wording}、发证${issued.wording}`;
  const description = `累计开展评价${assessed.wording}，颁发职业技能等级证书${issued.wording}；按这两个约数，本站算得证书数约为评价人次的${ratio}%。`;
  const drawn = bars(data, {
    id,
    title,
    description,
    label: 'item',
    value: 'value',
    axis: '数量',
    text: (d) => String(d.wording),
  });
  return {
    id,
    title,
    subtitle: `全市企业职业技能等级认定累计数，${standsAt(get('shanghai-certification-assessments'))}`,
    description,
    columns: [
      { key: 'item', label: '项目' },
      { key: 'wording', label: '原文数字' },
      { key: 'value', label: '数值', numeric: true },
      { key: 'unit', label: '单位' },
      { key: 'precision', label: '精确程度' },
    ],
    rows: data,
    notes: [
      `报道原文为“${assessed.wording}”“${issued.wording}”，都是约数（${assessed.precision}）。证书与评价之比约 ${ratio}% 由本站计算；一人次评价不一定对应一本证书，此比值只作量级参考。`,
    ],
    ...drawn,
  };
}
