import { createHash } from 'node:crypto';
import { type AnswerData, type AnswerFigure, type AnswerOwner, split } from '../client/answer.ts';
import type { Name, NamesFile } from '../client/names.ts';
import { standsAt } from '../lib/present/format.ts';
import { figureTitle, KIND_LABEL } from '../lib/present/labels.ts';
import { COLLECTIONS } from '../schemas/shared.ts';
import { computedShares } from './charts.ts';
import {
  craftsmen,
  craftsmenListed,
  datasets,
  districts,
  figures,
  once,
  organizations,
  people,
  searchTerms,
  sources,
} from './collections.ts';

/** An address written in pinyin (xiaoshan, wang-shuqun), not one such as zhang-jianping-2. */
export const pinyinOf = (id: string) => (/^[a-z]+(?:-[a-z]+)*$/.test(id) ? id : undefined);

/**
 * What the search page's direct answer needs (src/client/answer.ts): every figure with its
 * wording, what it counts, when it stands (with its caveats), its source, its owners and its
 * siblings; the owners by every name (districts with their short names, aliases and pinyin
 * ids; organisations; the craftsmen a figure belongs to); and the search terms of
 * data/search-terms.json. Owners and sources are listed once and referred to by index.
 */
async function answerData(): Promise<AnswerData> {
  const all = await figures();
  const byId = new Map(all.map((f) => [f.id, f]));
  const owners: AnswerOwner[] = [];
  const ownerIndex = new Map<string, number>();
  const addOwner = (key: string, o: AnswerOwner) => ownerIndex.set(key, owners.push(o) - 1);
  const districtNames = new Map<string, { name: string; shortName: string }>();
  const keyFigures = new Set<string>();
  for (const d of await districts()) {
    for (const k of d.data.keyFigures) keyFigures.add(k.id);
    districtNames.set(d.id, d.data);
    addOwner(`districts:${d.id}`, {
      names: [...new Set([d.data.name, d.data.shortName, ...d.data.aliases])],
      ...within(d.data),
      pinyin: pinyinOf(d.id)?.replaceAll('-', ''),
      href: `/districts/${d.id}/`,
      // Its craftsmen's list, where it has one (/craftsmen/district/<id>/), by their pages' type.
      ...((await craftsmenListed({ kind: 'district', value: d.id, label: d.data.name })).length > 0
        ? { lists: { [COLLECTIONS.craftsmen.label]: `/craftsmen/district/${d.id}/` } }
        : {}),
    });
  }
  const orgNames = new Map<string, string>();
  for (const o of await organizations()) {
    orgNames.set(o.id, o.data.name);
    addOwner(`organizations:${o.id}`, { names: [...new Set([o.data.name, ...o.data.aliases])], href: `/organizations/${o.id}/` });
  }
  // A craftsman is an owner here only where a figure is theirs: a person's page is found by
  // the search index, and a site of 10,000 profiles would otherwise carry 10,000 names here.
  const craftsmanNames = new Map<string, string>();
  const withFigures = new Set(all.flatMap((f) => (f.craftsman ? [f.craftsman] : [])));
  for (const c of await craftsmen()) {
    craftsmanNames.set(c.id, c.data.name);
    if (withFigures.has(c.id))
      addOwner(`craftsmen:${c.id}`, { names: [c.data.name], pinyin: pinyinOf(c.id)?.replaceAll('-', ''), href: `/craftsmen/${c.id}/` });
  }
  const sourceList = await sources();
  const sourceIndex = new Map(sourceList.map((s, i) => [s.id, i]));
  const topics = new Map((await datasets()).map((d) => [d.id, d.data.title]));

  // A part is a figure with a whole (partOf) or a term of a sum; siblings are the figures
  // joined to one by partOf or a derivation, and the others of a derivation it is in.
  const sumTerms = new Set(all.flatMap((f) => (f.derivation?.op === 'sum' ? f.derivation.of : [])));
  const related = new Map<string, Set<string>>(all.map((f) => [f.id, new Set()]));
  const join = (a: string, b: string) => {
    if (a === b || !byId.has(a) || !byId.has(b)) return;
    related.get(a)!.add(b);
    related.get(b)!.add(a);
  };
  for (const f of all) {
    if (f.partOf) join(f.id, f.partOf);
    for (const id of f.derivation?.of ?? []) {
      join(f.id, id);
      for (const other of f.derivation!.of) join(id, other);
    }
  }

  const titles = new Map(
    all.map((f) => [
      f.id,
      figureTitle(f, {
        district: f.district ? districtNames.get(f.district) : undefined,
        organization: f.organization ? orgNames.get(f.organization) : undefined,
        craftsman: f.craftsman ? craftsmanNames.get(f.craftsman) : undefined,
      }),
    ]),
  );
  const shares = await computedShares();
  const answerFigures: AnswerFigure[] = all.map((f, order) => ({
    id: f.id,
    title: titles.get(f.id)!,
    label: f.label,
    wording: f.wording,
    counts: f.counts,
    kind: f.kind,
    unit: f.unit,
    kindLabel: KIND_LABEL[f.kind],
    when: standsAt(f),
    source: sourceIndex.get(f.source)!,
    owners: [
      ...(f.district ? [`districts:${f.district}`] : []),
      ...(f.organization ? [`organizations:${f.organization}`] : []),
      ...(f.craftsman ? [`craftsmen:${f.craftsman}`] : []),
    ].map((key) => ownerIndex.get(key)!),
    topic: topics.get(f.dataset) ?? '',
    whole: !f.partOf && !sumTerms.has(f.id),
    key: keyFigures.has(f.id),
    // Only where no figure of the report states a share of it (企业自主培育 3066人 has its
    // 51.74%): the answer card says the report gives none.
    ...(shares.has(f.id) && ![...related.get(f.id)!].some((id) => byId.get(id)!.kind === 'share') ? { sharedIn: shares.get(f.id) } : {}),
    related: [...related.get(f.id)!].map((id) => ({ id, title: titles.get(id)!, kindLabel: KIND_LABEL[byId.get(id)!.kind] })),
    order,
  }));
  return {
    // The words for figure pages' keywords by kind (figure-kind-words) are in those pages; the
    // unit words stay, for their units: 2000 人次 is a count, not a year.
    terms: (await searchTerms()).filter((t) => t.kind !== 'figure-kind-words'),
    owners,
    sources: sourceList.map((s) => ({ title: s.data.title, href: `/sources/${s.id}/` })),
    figures: answerFigures,
  };
}

/**
 * The answer data as the files the page loads (answer.ts, `split`): /search/answers.json and
 * /search/answers/<file>.json, stamped with the hash of the whole.
 */
export const answerFiles = once(async () => {
  const data = await answerData();
  return split(data, createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16));
});

/** Where a district is, as a query may write it before the name (杭州市萧山区, 浙江杭州萧山); a city is within nothing. */
function within(d: { kind: string; city: string; province?: string | undefined }): { within?: string[] } {
  if (d.kind === 'city') return {};
  const places = [d.city, d.city.replace(/市$/, ''), ...(d.province ? [d.province, d.province.replace(/省$/, '')] : [])];
  return { within: places };
}

/**
 * /search/names.json (src/client/names.ts): every craftsman's and person's name, with the
 * pinyin of its page's address; two people of one name, neither with such an address, are
 * one entry.
 */
export async function searchNames(): Promise<NamesFile> {
  const names = new Map<string, Name>();
  for (const e of [...(await craftsmen()), ...(await people())]) {
    const pinyin = pinyinOf(e.id);
    const name: Name = pinyin ? [e.data.name, pinyin] : [e.data.name];
    names.set(name.join(' '), name);
  }
  return { names: [...names.values()] };
}
