/** Flattens a figure entry (references as ids) for exports and charts. */
import type { Figure } from '../queries/collections.ts';
import type { FigureInput } from './present/export.ts';

export const flat = (f: Figure): FigureInput => ({
  ...f.data,
  id: f.id,
  dataset: f.data.dataset.id,
  district: f.data.district?.id,
  organization: f.data.organization?.id,
  craftsman: f.data.craftsman?.id,
  source: f.data.source.id,
});
