/**
 * Reading the collections the way pages need them: sorted, joined and indexed. Pages call
 * these instead of repeating queries; nothing here draws.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

export type Craftsman = CollectionEntry<'craftsmen'>;
export type District = CollectionEntry<'districts'>;
export type News = CollectionEntry<'news'>;
export type Figure = CollectionEntry<'figures'>;
export type Organization = CollectionEntry<'organizations'>;
export type Dataset = CollectionEntry<'datasets'>;

const byDateDesc = (a: { data: { date: { date: string } } }, b: { data: { date: { date: string } } }) =>
  b.data.date.date.localeCompare(a.data.date.date);

export const districts = async () => (await getCollection('districts')).sort((a, b) => a.data.order - b.data.order);
export const craftsmen = async () => (await getCollection('craftsmen')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
export const news = async () => (await getCollection('news')).sort(byDateDesc);
export const events = async () => (await getCollection('events')).sort((a, b) => a.data.date.date.localeCompare(b.data.date.date));
export const organizations = async () => (await getCollection('organizations')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
export const studios = async () => getCollection('studios');
export const sources = async () => getCollection('sources');
export const datasets = async () => getCollection('datasets');
export const figures = async () => getCollection('figures');

/** Everything on the site that comes from one report. */
export async function fromSource(sourceId: string) {
  const has = (refs: { id: string }[]) => refs.some((r) => r.id === sourceId);
  return {
    craftsmen: (await craftsmen()).filter((c) => has(c.data.sources)),
    news: (await news()).filter((n) => has(n.data.sources)),
    organizations: (await organizations()).filter((o) => has(o.data.sources)),
    studios: (await studios()).filter((s) => has(s.data.sources)),
    events: (await events()).filter((e) => e.data.source.id === sourceId),
    figures: (await figures()).filter((f) => f.data.source.id === sourceId),
  };
}

/** Everything on the site about one district. */
export async function inDistrict(districtId: string) {
  const here = (r: { id: string } | undefined) => r?.id === districtId;
  return {
    craftsmen: (await craftsmen()).filter((c) => here(c.data.district)),
    news: (await news()).filter((n) => here(n.data.district)),
    organizations: (await organizations()).filter((o) => here(o.data.district)),
    studios: (await studios()).filter((s) => here(s.data.district)),
    events: (await events()).filter((e) => here(e.data.district)),
    figures: (await figures()).filter((f) => here(f.data.district)),
    datasets: (await datasets()).filter((d) => d.data.districts.some(here)),
  };
}
