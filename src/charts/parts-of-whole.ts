/**
 * Parts of a whole: each whole a 100 % bar split into its parts by their shares, which the
 * site computes. A whole without a figure is the sum of its parts and its label says so; the
 * rest of a whole (the whole minus its parts) is drawn dashed and marked as the site's.
 */
import { percent } from '../lib/content/derive.ts';
import { formatNumber } from '../lib/present/format.ts';
import type { DeclarationOf } from '../schemas/charts.ts';
import type { ChartDrawing, Get } from './spec.ts';
import { type Part, splits } from './splits.ts';
import { type Fillers, figureFillers, fill, lower, upper } from './text.ts';

/**
 * What this kind's text may compute: a part's share of its whole; the largest share its rounded
 * figures allow; how one part's share compares with another's (高于, 接近 or 低于, allowing for
 * rounding); a whole's total and its rest (by index).
 */
export const PLACEHOLDERS: Record<string, number> = { share: 1, maxShare: 1, compare: 2, total: 1, rest: 1 };

type PartsOfWhole = DeclarationOf<'parts-of-whole'>;

interface Whole {
  label: string;
  total: number;
  summed: boolean;
  parts: (Part & { figure: string })[];
}

function wholes(d: PartsOfWhole, get: Get): Whole[] {
  return d.wholes.map((w) => {
    const stated = w.parts.map((p) => ({ label: p.label, figure: p.figure, value: get(p.figure).value }));
    const summed = w.whole === undefined;
    const total = w.whole !== undefined ? get(w.whole).value : stated.reduce((a, p) => a + p.value, 0);
    const unit = get(w.whole ?? w.parts[0]!.figure).unit;
    const label = summed
      ? `${fill(w.label, { total: () => formatNumber(total) })}（本站相加：${formatNumber(total)}${unit}）`
      : fill(w.label, { total: () => formatNumber(total) });
    const rest = total - stated.reduce((a, p) => a + p.value, 0);
    if (rest < 0) throw new Error(`parts of “${w.label}” exceed the whole ${total}`);
    const all = [...stated, ...(w.remainder !== undefined ? [{ label: w.remainder, figure: '', value: rest }] : [])];
    return {
      label,
      total,
      summed,
      parts: all.map((p) => ({
        whole: label,
        part: p.label,
        value: p.value,
        share: percent(p.value, total),
        derived: p.figure === '' ? '是' : '',
        figure: p.figure,
      })),
    };
  });
}

export function rows(d: PartsOfWhole, get: Get): Part[] {
  return wholes(d, get).flatMap((w) => w.parts.map(({ figure: _f, ...p }) => p));
}

function fillers(d: PartsOfWhole, get: Get, ws: Whole[]): Fillers {
  const find = (id: string) => {
    const i = ws.findIndex((w) => w.parts.some((p) => p.figure === id));
    if (i < 0) throw new Error(`parts-of-whole: ${id} is not a part`);
    return { part: ws[i]!.parts.find((p) => p.figure === id)!, decl: d.wholes[i]! };
  };
  /** The largest share the rounded part and whole allow (a summed whole is exact). */
  const maxShare = (id: string) => {
    const { decl } = find(id);
    const whole = decl.whole !== undefined ? lower(get(decl.whole)) : ws[d.wholes.indexOf(decl)]!.total;
    return percent(upper(get(id)), whole);
  };
  const minShare = (id: string) => {
    const { decl } = find(id);
    const whole = decl.whole !== undefined ? upper(get(decl.whole)) : ws[d.wholes.indexOf(decl)]!.total;
    return percent(lower(get(id)), whole);
  };
  return {
    ...figureFillers(get),
    share: ([id]) => find(id!).part.share,
    maxShare: ([id]) => maxShare(id!),
    compare: ([a, b]) => {
      const share = find(a!).part.share;
      return share > maxShare(b!) ? '高于' : share < minShare(b!) ? '低于' : '接近';
    },
    total: ([n]) => formatNumber(ws[Number(n)]?.total ?? Number.NaN),
    rest: ([n]) => formatNumber(ws[Number(n)]?.parts.find((p) => p.derived)?.value ?? Number.NaN),
  };
}

export function build(d: PartsOfWhole, get: Get): ChartDrawing {
  const ws = wholes(d, get);
  const f = fillers(d, get, ws);
  const title = fill(d.title, f);
  const description = `${ws
    .map(
      (w) =>
        `${w.label}：${w.parts.map((p) => `${p.part}${formatNumber(p.value)}（${p.share}%${p.derived ? '，本站推算' : ''}）`).join('，')}`,
    )
    .join('；')}。`;
  const data = rows(d, get);
  return {
    id: d.id,
    title,
    subtitle: fill(d.subtitle, f),
    description,
    columns: [
      { key: 'whole', label: '总体' },
      { key: 'part', label: d.itemLabel ?? '组成' },
      { key: 'value', label: d.valueLabel ?? '数量', numeric: true },
      { key: 'share', label: '占比（本站计算，%）', numeric: true },
      { key: 'derived', label: '是否推算' },
    ],
    rows: data,
    notes: d.notes.map((n) => fill(n, f)),
    draw: splits(data),
  };
}
