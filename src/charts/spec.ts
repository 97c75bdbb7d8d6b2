import type { ReportDate } from '../schemas/shared.ts';

/** What every chart hands to the page: the drawing and everything needed to read, cite and reuse it. */
export interface Column {
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
  /** Districts whose showcase shows it. */
  districts: string[];
  /** Source report ids. */
  sources: string[];
  /** Figure ids drawn, for links to their permalinks. */
  figures: string[];
  /** The data behind the chart, exactly as drawn. */
  columns: Column[];
  rows: Row[];
  /** Caveats: derived values, approximate wording. */
  notes: string[];
  /** Size of the drawing, for the embed's fixed aspect ratio. */
  width: number;
  height: number;
  /** The drawing. */
  svg: string;
}

/** What a chart module needs of a figure. */
export interface FigureValue {
  id: string;
  label: string;
  value: number;
  unit: string;
  qualifier: string;
  source: string;
  asOf?: ReportDate | undefined;
  period?: { from: ReportDate; to: ReportDate } | undefined;
}

/** Looks up figures by id; a chart naming a missing figure is a bug, so it throws. */
export function lookup(figures: Map<string, FigureValue>) {
  return (id: string): FigureValue => {
    const f = figures.get(id);
    if (!f) throw new Error(`chart needs figure “${id}”, which does not exist`);
    return f;
  };
}
