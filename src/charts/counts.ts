/**
 * Counts: one horizontal bar per figure, in series of one unit each. A series may give each
 * bar its share of a whole, and end with the remainder of a whole (the whole minus the other
 * bars), drawn dashed: both are the site's calculations and say so.
 */
import { percent, remainder } from '../lib/content/derive.ts';
import { formatNumber } from '../lib/present/format.ts';
import type { DeclarationOf } from '../schemas/charts.ts';
import { bars } from './bars.ts';
import type { ChartDrawing, Get, Row } from './spec.ts';
import { type Fillers, figureFillers, fill } from './text.ts';

/** What a counts chart's text may compute: a bar's share, a series' remainder and sum (by index), the largest bar. */
export const PLACEHOLDERS: Record<string, number> = { share: 1, rest: 1, sum: 1, top: 0, topValue: 0 };

type Counts = DeclarationOf<'counts'>;

export function rows(d: Counts, get: Get): Row[] {
  const out = d.series.flatMap((s) => {
    const whole = s.shareOf ? get(s.shareOf).value : undefined;
    const drawn: Row[] = s.bars.map((b) => {
      const f = get(b.figure);
      const share = whole !== undefined && b.figure !== s.shareOf ? percent(f.value, whole) : '';
      return { item: b.label, figure: f.id, wording: f.wording, value: f.value, unit: f.unit, share, derived: '' };
    });
    if (!s.remainder) return drawn;
    const of = get(s.remainder.of);
    const rest = remainder(
      of.value,
      s.bars.filter((b) => b.figure !== of.id).map((b) => get(b.figure).value),
    );
    const share = whole !== undefined ? percent(rest, whole) : '';
    return [...drawn, { item: s.remainder.label, figure: '', wording: '', value: rest, unit: of.unit, share, derived: '是' }];
  });
  return d.order === 'largest-first' ? out.sort((a, b) => Number(b.value) - Number(a.value)) : out;
}

function fillers(d: Counts, get: Get, data: Row[]): Fillers {
  const top = data.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
  const inSeries = (n: string) => {
    const s = d.series[Number(n)];
    if (!s) throw new Error(`counts: no series ${n}`);
    return s;
  };
  return {
    ...figureFillers(get),
    share: ([id]) => data.find((r) => r.figure === id && r.share !== '')?.share ?? '',
    rest: ([n]) => {
      const s = inSeries(n!);
      return formatNumber(Number(data.find((r) => r.derived && r.item === s.remainder?.label)?.value ?? 0));
    },
    sum: ([n]) => formatNumber(inSeries(n!).bars.reduce((a, b) => a + get(b.figure).value, 0)),
    top: () => String(top.item),
    topValue: () => formatNumber(Number(top.value)),
  };
}

/** In the description a remainder says it is the site's, unless its label already does; its bar always does. */
const mark = (r: Row) => (r.derived && !String(r.item).includes('推算') ? '（本站推算）' : '');

const valueText = (r: Row, show: Counts['show']) =>
  show === 'wording' && r.wording !== '' ? String(r.wording) : `${formatNumber(Number(r.value))}${r.unit}`;

export function build(d: Counts, get: Get): ChartDrawing {
  const data = rows(d, get);
  const f = fillers(d, get, data);
  const title = fill(d.title, f);
  const description = `${data
    .map((r) => `${r.item}${valueText(r, d.show)}${r.share !== '' ? `（${r.share}%）` : ''}${mark(r)}`)
    .join('；')}。`;
  const draw = bars(data, {
    label: 'item',
    value: 'value',
    axis: d.axis,
    text: (r) => `${valueText(r, d.show)}${r.share !== '' ? ` · ${r.share}%` : ''}${r.derived ? '（本站推算）' : ''}`,
  });
  const hasShare = data.some((r) => r.share !== '');
  const hasDerived = data.some((r) => r.derived);
  return {
    id: d.id,
    title,
    subtitle: fill(d.subtitle, f),
    description,
    columns: [
      { key: 'item', label: d.itemLabel ?? '项目' },
      { key: 'wording', label: '原文数字' },
      { key: 'value', label: d.valueLabel ?? '数量', numeric: true },
      { key: 'unit', label: '单位' },
      ...(hasShare ? [{ key: 'share', label: '占比（本站计算，%）', numeric: true }] : []),
      ...(hasDerived ? [{ key: 'derived', label: '是否本站推算' }] : []),
    ],
    rows: data.map(({ figure: _figure, ...r }) => r),
    notes: d.notes.map((n) => fill(n, f)),
    draw,
  };
}
