/**
 * Reading the collections the way pages need them: sorted, joined and indexed. Pages call
 * these instead of repeating queries; nothing here draws.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { readHistory } from '../lib/content/history.ts';
import { type Row, toRow } from '../lib/present/export.ts';
import { compareDates } from '../lib/present/format.ts';
import type { FigureRecord } from '../schemas/figures.ts';
import { dateKey, LEVELS, type ReportDate } from '../schemas/shared.ts';

export type Craftsman = CollectionEntry<'craftsmen'>;
export type District = CollectionEntry<'districts'>;
export type News = CollectionEntry<'news'>;
export type Organization = CollectionEntry<'organizations'>;
export type Dataset = CollectionEntry<'datasets'>;
export type Event = CollectionEntry<'events'>;
export type Studio = CollectionEntry<'studios'>;
export type Source = CollectionEntry<'sources'>;
export type Person = CollectionEntry<'people'>;

/** Newest first; items whose year is unknown last. */
const byDateDesc = (a: { data: { date: ReportDate } }, b: { data: { date: ReportDate } }) => {
  const [x, y] = [dateKey(a.data.date), dateKey(b.data.date)];
  return x === '' || y === '' ? compareDates(a.data.date, b.data.date) : y.localeCompare(x);
};

/**
 * Each list is read and sorted once per build and shared by every page: with 10,000
 * profiles, sorting per page would cost more than rendering. `astro dev` reads afresh each
 * time, as content may change under it. Callers must not mutate what they get.
 */
export function once<T>(read: () => Promise<T>): () => Promise<T> {
  if (import.meta.env.DEV) return read;
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** Groups items under each key they name (an item may name several, or none). */
function groupBy<T>(items: T[], keys: (item: T) => (string | undefined)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export const districts = once(async () => (await getCollection('districts')).sort((a, b) => a.data.order - b.data.order));
export const craftsmen = once(async () =>
  (await getCollection('craftsmen')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')),
);
export const news = once(async () => (await getCollection('news')).sort(byDateDesc));
export const events = once(async () => (await getCollection('events')).sort((a, b) => compareDates(a.data.date, b.data.date)));
export const organizations = once(async () =>
  (await getCollection('organizations')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')),
);
export const studios = once(() => getCollection('studios'));
export const sources = once(() => getCollection('sources'));
export const datasets = once(() => getCollection('datasets'));
export const searchTerms = once(async () => (await getCollection('searchTerms')).map((t) => t.data));
/** A figure entry as a record: its fields, with references as ids. */
function toRecord({ id, data }: CollectionEntry<'figures'>): FigureRecord {
  return {
    ...data,
    id,
    dataset: data.dataset.id,
    district: data.district?.id,
    organization: data.organization?.id,
    craftsman: data.craftsman?.id,
    source: data.source.id,
  };
}
export const listings = once(() => getCollection('listings'));
export const people = once(async () => (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN')));
export const figures = once(async () => (await getCollection('figures')).map(toRecord));

/** The figures' history in the repository the site is built from (see src/lib/content/history.ts). */
export const history = once(async () => readHistory(process.cwd()));

/** Every figure as its download row (the same in every CSV, .xlsx and JSON), by id. */
export const figureRows = once(async (): Promise<Map<string, Row>> => {
  const reports = new Map((await sources()).map((s) => [s.id, s.data]));
  const name = <T extends { id: string; data: { name?: string; title?: string } }>(list: T[]) =>
    new Map(list.map((e) => [e.id, e.data.name ?? e.data.title ?? '']));
  const [sets, places, orgs, people] = [
    name(await datasets()),
    name(await districts()),
    name(await organizations()),
    name(await craftsmen()),
  ];
  return new Map(
    (await figures()).map((f) => [
      f.id,
      toRow(f, reports.get(f.source)!, import.meta.env.SITE, {
        dataset: sets.get(f.dataset),
        district: f.district && places.get(f.district),
        organization: f.organization && orgs.get(f.organization),
        craftsman: f.craftsman && people.get(f.craftsman),
      }),
    ]),
  );
});

/** Ids of the figures some stated figure is computed from (a target with a completion rate, say). */
export const usedInDerivations = once(async () => new Set((await figures()).flatMap((f) => f.derivation?.of ?? [])));

/** Every figure by id. */
/** Each dataset's figures, in file order. */
export const figuresByDataset = once(async () => groupBy(await figures(), (f) => [f.dataset]));
export const figureById = once(async () => new Map((await figures()).map((f) => [f.id, f])));
/** The figures a list of references names, in order (the content check has made sure each exists). */
export async function figuresNamed(refs: { id: string }[]): Promise<FigureRecord[]> {
  const byId = await figureById();
  return refs.map(({ id }) => {
    const f = byId.get(id);
    if (!f) throw new Error(`no figure “${id}”`);
    return f;
  });
}
/** The figures about each craftsman, by craftsman id. */
export const figuresByCraftsman = once(async () => groupBy(await figures(), (f) => [f.craftsman]));
/** The news naming each craftsman, newest first, by craftsman id. */
export const newsByCraftsman = once(async () => groupBy(await news(), (n) => n.data.craftsmen.map((r) => r.id)));

/** Everything on the site that comes from one report. */
export async function fromSource(sourceId: string) {
  const has = (refs: { id: string }[]) => refs.some((r) => r.id === sourceId);
  return {
    craftsmen: (await craftsmen()).filter((c) => has(c.data.sources)),
    news: (await news()).filter((n) => has(n.data.sources)),
    organizations: (await organizations()).filter((o) => has(o.data.sources)),
    studios: (await studios()).filter((s) => has(s.data.sources)),
    events: (await events()).filter((e) => e.data.source.id === sourceId),
    figures: (await figures()).filter((f) => f.source === sourceId),
  };
}

/**
 * Craftsmen a district's news names but the report does not place in that district (a
 * speaker at its launch, a guest at its academy): shown as guests, never as its own.
 */
export async function guestsOf(districtId: string): Promise<Craftsman[]> {
  return (await guestsByDistrict()).get(districtId) ?? [];
}
const guestsByDistrict = once(async () => {
  const named = new Map<string, Set<string>>();
  for (const n of await news()) {
    const here = named.get(n.data.district.id) ?? new Set<string>();
    for (const r of n.data.craftsmen) here.add(r.id);
    named.set(n.data.district.id, here);
  }
  const all = await craftsmen();
  return new Map([...named].map(([id, ids]) => [id, all.filter((c) => ids.has(c.id) && c.data.district?.id !== id)]));
});

const craftsmenByDistrict = once(async () => groupBy(await craftsmen(), (c) => [c.data.district?.id]));
const craftsmenByTrade = once(async () => groupBy(await craftsmen(), (c) => [c.data.tradeGroup]));

/** The levels of a craftsman's honours that their reports state, highest first. */
export const honourLevels = (c: Craftsman) => LEVELS.filter((l) => c.data.honours.some((h) => h.level === l));

const craftsmenByLevel = once(async () => groupBy(await craftsmen(), honourLevels));

/** How the craftsmen read after a profile are related to it; each of them shares it. */
export type Kinship =
  | { kind: 'district'; value: string }
  | { kind: 'trade'; value: Craftsman['data']['tradeGroup'] }
  | { kind: 'level'; value: (typeof LEVELS)[number] };

/**
 * Up to `n` other craftsmen to read after one profile, all related to it in one way, said
 * in the list's heading: the same district; else (the report does not place them, or no one
 * else is there) the same trade family, when the report names it; else an honour of the same
 * level, the highest they share. None, when nothing is shared: an unrelated list would read
 * as a relation. Each in the listing's order, looked up in groups made once, not by sorting
 * everyone for every profile (a quadratic cost at 10,000).
 */
export async function readNext(c: Craftsman, n = 3): Promise<{ by: Kinship; craftsmen: Craftsman[] } | undefined> {
  // The first n of the group but this one: read no further than they are (a district's group
  // is a seventh of every profile, and this runs once for each).
  const others = (list: Craftsman[] = []) => {
    const out: Craftsman[] = [];
    for (const o of list) {
      if (out.length >= n) break;
      if (o.id !== c.id) out.push(o);
    }
    return out;
  };
  const district = c.data.district?.id;
  if (district) {
    const list = others((await craftsmenByDistrict()).get(district));
    if (list.length) return { by: { kind: 'district', value: district }, craftsmen: list };
  }
  const trade = c.data.tradeGroup;
  if (trade !== 'unstated') {
    const list = others((await craftsmenByTrade()).get(trade));
    if (list.length) return { by: { kind: 'trade', value: trade }, craftsmen: list };
  }
  for (const level of honourLevels(c)) {
    const list = others((await craftsmenByLevel()).get(level));
    if (list.length) return { by: { kind: 'level', value: level }, craftsmen: list };
  }
  return undefined;
}

/** The districts, trade families and honour levels that have craftsmen: the listing's filters. */
export const craftsmenFacets = once(async () => {
  const all = await craftsmen();
  return {
    districts: (await districts()).filter((d) => all.some((c) => c.data.district?.id === d.id)),
    trades: [...new Set(all.map((c) => c.data.tradeGroup))],
    levels: new Set(all.flatMap(honourLevels)),
  };
});

/** What a craftsmen listing is filtered by: their district, trade family or honour level. */
export interface CraftsmenFilter {
  kind: 'district' | 'trade' | 'level';
  value: string;
  label: string;
}

/**
 * The craftsmen a listing shows, in order. A district's listing ends with the guests who
 * appeared at its events without the report placing them there (`guest`).
 */
export async function craftsmenListed(filter?: CraftsmenFilter): Promise<{ craftsman: Craftsman; guest: boolean }[]> {
  const all = await craftsmen();
  const listed = (cs: Craftsman[], guest = false) => cs.map((craftsman) => ({ craftsman, guest }));
  if (!filter) return listed(all);
  if (filter.kind === 'district')
    return [...listed(all.filter((c) => c.data.district?.id === filter.value)), ...listed(await guestsOf(filter.value), true)];
  if (filter.kind === 'trade') return listed(all.filter((c) => c.data.tradeGroup === filter.value));
  return listed(all.filter((c) => c.data.honours.some((h) => h.level === filter.value)));
}

/** Everything on the site about one district. */
export async function inDistrict(districtId: string) {
  const here = (r: { id: string } | undefined) => r?.id === districtId;
  return {
    craftsmen: (await craftsmen()).filter((c) => here(c.data.district)),
    guests: await guestsOf(districtId),
    news: (await news()).filter((n) => here(n.data.district)),
    organizations: (await organizations()).filter((o) => here(o.data.district)),
    studios: (await studios()).filter((s) => here(s.data.district)),
    events: (await events()).filter((e) => here(e.data.district)),
    figures: (await figures()).filter((f) => f.district === districtId),
    datasets: (await datasets()).filter((d) => d.data.districts.some(here)),
  };
}

/** What the listing page `id` leads with: its figures (as records) and the datasets it points to. */
export async function listing(id: CollectionEntry<'listings'>['data']['id']) {
  const entry = (await listings()).find((l) => l.id === id);
  const sets = new Map((await datasets()).map((d) => [d.id, d]));
  return {
    figures: await figuresNamed(entry?.data.leadFigures ?? []),
    datasets: (entry?.data.datasets ?? []).flatMap((r) => sets.get(r.id) ?? []),
  };
}
