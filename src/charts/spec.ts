import type { FigureRecord } from '../schemas/figures.ts';
import type { Rendering } from './artboards.ts';

/** What every chart hands to the page: the drawing and everything needed to read, cite and reuse it. */
interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export type Row = Record<string, string | number>;

export interface ChartSpec {
  /** Stable id: the anchor, the embed URL /embed/<id>/ and the download names. */
  id: string;
  /** Title: what the chart says. */
  title: string;
  /** What is counted and its date. */
  subtitle: string;
  /** A sentence or two a screen reader reads instead of the picture. */
  description: string;
  /** Districts whose showcase shows it: those of the figures it draws. */
  districts: string[];
  /** Source report ids, of the figures it draws. */
  sources: string[];
  /** Ids of the figures it draws or cites, in the order the chart looked them up. */
  figures: string[];
  /** The data behind the chart, exactly as drawn. */
  columns: Column[];
  rows: Row[];
  /** Caveats: derived values, approximate wording. */
  notes: string[];
  /** The drawing at each of the page's widths (artboards.ts), narrowest first. */
  renderings: Rendering[];
  /** The drawing at the downloads' width, for the standalone SVG and PNG. */
  file: Rendering;
}

/**
 * What a chart kind returns: how to draw it at a width, and how to read it. Which districts,
 * sources and figures it shows is added from the figures it looked up (see `buildCharts`), so
 * the metadata cannot disagree with the data.
 */
export type ChartDrawing = Omit<ChartSpec, 'districts' | 'sources' | 'figures' | 'renderings' | 'file'> & {
  draw: (width: number) => Omit<Rendering, 'width'>;
};

/** How a chart module asks for a figure by id. */
export type Get = (id: string) => FigureRecord;

/**
 * Looks up figures by id for one chart and remembers, in order, every figure it handed out.
 * A chart naming a missing figure is a bug, so it throws.
 */
export function lookup(figures: ReadonlyMap<string, FigureRecord>): { get: Get; used: () => FigureRecord[] } {
  const used = new Map<string, FigureRecord>();
  const get = (id: string) => {
    const f = figures.get(id);
    if (!f) throw new Error(`chart needs figure “${id}”, which does not exist`);
    used.set(id, f);
    return f;
  };
  return { get, used: () => [...used.values()] };
}
