/**
 * The direct answer of the search page, as a pure function of the query and the answer data
 * (/search/answers.json, src/pages/search/answers.json.ts): reads what a query names (a place,
 * a person, an organisation, by any name, traditional characters, pinyin or a common typo),
 * what it asks (a total, a target, how far a target was met) and the rest of its words (the
 * indicator), then scores every figure. No DOM here: test/unit/search-answer.test.ts runs it
 * as it is, and src/client/search.ts shows what it finds.
 */
import type { Intent, SearchTerm } from '../schemas/search-terms.ts';

/** Someone or somewhere a figure belongs to, by every name a reader may type. */
export interface AnswerOwner {
  /** Names, the page's own first: 萧山区, 萧山, 杭州萧山 … */
  names: string[];
  /** The pinyin of the name, where the id is one (xiaoshan, wangluqing). */
  pinyin?: string | undefined;
  href: string;
}

export interface AnswerFigure {
  id: string;
  /** The page title: “萧山：技能人才总量 超31万人”. */
  title: string;
  label: string;
  wording: string;
  counts: string;
  kind: 'target' | 'achievement' | 'stock' | 'count' | 'rate' | 'share' | 'duration' | 'fact';
  /** The kind as the site labels it (现有总数, 目标 …). */
  kindLabel: string;
  /** When it stands, with its caveats, as every page says it (standsAt). */
  when: string;
  /** Index into `sources`. */
  source: number;
  /** Indexes into `owners`: its district, organisation, person. */
  owners: number[];
  /** The title of its dataset. */
  topic: string;
  /** False for a part of a larger figure (partOf, or a term of a sum). */
  whole: boolean;
  /** One of its district's key figures, which its showcase leads with. */
  key: boolean;
  /** Ids of its siblings: its whole and parts, the target and result beside it, what it is computed from or into. */
  related: string[];
}

export interface AnswerData {
  terms: SearchTerm[];
  owners: AnswerOwner[];
  sources: { title: string; href: string }[];
  figures: AnswerFigure[];
}

/** Characters that join words but mean nothing alone. */
const PARTICLES = /[的地得了和与及或在是之等吗呢吧啊着也，。、；：？！,.;:?!“”"'（）()·\s]+/g;

/** The answer data made ready for many queries: lookups built once. */
export interface Prepared {
  data: AnswerData;
  chars: Map<string, string>;
  /** [typed, means], longest typed first. */
  variants: [string, string][];
  /** [pinyin, owner's first name], longest first. */
  pinyin: [string, string][];
  synonyms: string[][];
  /** [word, intent], longest first. */
  intents: [string, Intent][];
  pageTypes: Map<string, string>;
  /** [name, owner], longest first. */
  names: [string, number][];
  byId: Map<string, AnswerFigure>;
  /** Each figure's label, what it counts, its wording and its dataset in one text, and its label's length without quotes. */
  text: Map<string, { all: string; labelChars: number }>;
}

const longestFirst = <T>(pairs: [string, T][]) => pairs.sort((a, b) => b[0].length - a[0].length);

export function prepare(data: AnswerData): Prepared {
  const chars = new Map<string, string>();
  const variants: [string, string][] = [];
  const synonyms: string[][] = [];
  const intents: [string, Intent][] = [];
  const pageTypes = new Map<string, string>();
  for (const t of data.terms) {
    if (t.kind === 'characters') {
      const simple = [...t.simplified];
      for (const [i, c] of [...t.traditional].entries()) chars.set(c, simple[i]!);
    } else if (t.kind === 'variant') for (const w of t.typed) variants.push([w.toLowerCase(), t.means]);
    else if (t.kind === 'synonyms') synonyms.push(t.words);
    else if (t.kind === 'intent') for (const w of t.words) intents.push([w, t.intent]);
    else if (t.kind === 'page-type') for (const w of t.words) pageTypes.set(w, t.type);
  }
  const names = data.owners.flatMap((o, i) => o.names.filter((n) => [...n].length >= 2).map((n): [string, number] => [n, i]));
  const pinyin = data.owners.flatMap((o): [string, string][] => (o.pinyin ? [[o.pinyin, o.names[0]!]] : []));
  const text = new Map(
    data.figures.map((f) => [
      f.id,
      { all: `${f.label} ${f.counts} ${f.wording} ${f.topic}`, labelChars: [...f.label.replace(/[“”（）：]/g, '')].length },
    ]),
  );
  return {
    data,
    chars,
    variants: longestFirst(variants),
    pinyin: longestFirst(pinyin),
    synonyms,
    intents: longestFirst(intents),
    pageTypes,
    names: longestFirst(names),
    byId: new Map(data.figures.map((f) => [f.id, f])),
    text,
  };
}

export const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query in the site's own words: simplified characters, lower case, each typo, English
 * or pinyin word replaced by what it means (a Latin word only as a whole word).
 */
export function normalize(q: string, p: Prepared): string {
  let s = [...q.normalize('NFKC')]
    .map((c) => p.chars.get(c) ?? c)
    .join('')
    .toLowerCase();
  for (const [typed, means] of [...p.variants, ...p.pinyin]) {
    s = isAscii(typed) ? s.replace(new RegExp(`(?<![a-z])${escapeRegExp(typed)}(?![a-z])`, 'g'), ` ${means} `) : s.replaceAll(typed, means);
  }
  return s.replace(/\s+/g, ' ').trim();
}

export interface Parsed {
  /** The normalized query. */
  text: string;
  /** Owners it names. */
  owners: number[];
  intents: Set<Intent>;
  /** The words that asked (总量, 目标 …), which a label may also use. */
  intentWords: string[];
  /** A space-separated word that asks for a kind of page, and the query without it. */
  pageType?: { type: string; rest: string } | undefined;
  /** The rest: the indicator, in pieces. */
  chunks: string[];
}

export function parse(q: string, p: Prepared): Parsed {
  const text = normalize(q, p);
  let work = ` ${text} `;
  const owners: number[] = [];
  for (const [name, i] of p.names) {
    if (!work.includes(name)) continue;
    if (!owners.includes(i)) owners.push(i);
    work = work.replaceAll(name, ' ');
  }
  const intents = new Set<Intent>();
  const intentWords: string[] = [];
  for (const [w, intent] of p.intents) {
    if (!work.includes(w)) continue;
    intents.add(intent);
    intentWords.push(w);
    work = work.replaceAll(w, ' ');
  }
  const words = text.split(' ');
  const i = words.length > 1 ? words.findIndex((w) => p.pageTypes.has(w)) : -1;
  const pageType = i < 0 ? undefined : { type: p.pageTypes.get(words[i]!)!, rest: words.filter((_, j) => j !== i).join(' ') };
  const chunks = work
    .replace(PARTICLES, ' ')
    .split(' ')
    .filter((c) => [...c].length >= 2);
  return { text, owners, intents, intentWords, pageType, chunks };
}

/**
 * How much of `chunk` the text holds, 0–1: the chunk read left to right in the longest pieces
 * (two characters or more) that occur in the text, and the share of its characters they
 * cover. “培训人次” in “已开展职业技能培训34840人次” is 1; a typo's odd character only costs its share.
 */
export function coverage(chunk: string, text: string): number {
  // By UTF-16 unit: the site's characters are all in the Basic Multilingual Plane.
  const n = chunk.length;
  let covered = 0;
  let i = 0;
  while (i < n) {
    let j = n;
    while (j - i >= 2 && !text.includes(chunk.slice(i, j))) j--;
    if (j - i >= 2) {
      covered += j - i;
      i = j;
    } else i++;
  }
  return covered / n;
}

/** The chunk and each way of writing it with a synonym in place of one it contains. */
function alternatives(chunk: string, p: Prepared): string[] {
  const out = [chunk];
  for (const group of p.synonyms) {
    for (const w of group) {
      if (!chunk.includes(w)) continue;
      for (const other of group) if (other !== w) out.push(chunk.replace(w, other));
    }
  }
  return out;
}

export interface Scored {
  figure: AnswerFigure;
  score: number;
  /** How well the indicator words match, 0–1. */
  match: number;
  /** How well they match its label alone, 0–1. */
  inLabel: number;
}

/**
 * The least `match` for a figure to be given as the answer: each indicator word found, or
 * nearly; and at least half of them in its label, since a figure whose dataset or description
 * only mentions a programme (“一十百千万”) is not what a search for it asks.
 */
export const ANSWER_MATCH = 0.75;
export const ANSWER_IN_LABEL = 0.5;

/** What kinds answer what is asked, and by how much they gain or lose. */
function intentFit(f: AnswerFigure, intents: Set<Intent>): number {
  let fit = 0;
  // A total is what there is at a date (a stock), and the whole rather than one of its parts;
  // a part whose own words the query names still outranks its whole (match counts double).
  if (intents.has('total'))
    fit += (f.whole ? 0.1 : -0.1) + (f.kind === 'stock' ? 0.3 : f.kind === 'target' || f.kind === 'rate' ? -0.2 : 0);
  if (intents.has('target')) fit += f.kind === 'target' ? 0.5 : -0.3;
  if (intents.has('completion')) fit += f.kind === 'rate' ? 0.5 : -0.3;
  // Unasked, the figure itself comes before its parts, its target and its rate.
  if (intents.size === 0) fit += (f.whole ? 0 : -0.1) + (f.kind === 'rate' || f.kind === 'target' ? -0.1 : 0);
  return fit;
}

/** Every figure the query could mean, best first; the first is the answer when its `match` reaches ANSWER_MATCH. */
export function rank(parsed: Parsed, p: Prepared): Scored[] {
  const { owners, chunks, intents, intentWords } = parsed;
  if (chunks.length === 0) return [];
  const scored: Scored[] = [];
  const ways = chunks.map((c) => alternatives(c, p));
  const asked = chunks.join('').length;
  for (const f of p.data.figures) {
    const { all, labelChars } = p.text.get(f.id)!;
    // A named owner must be the figure's, or be named in what it counts or its dataset.
    const ownerFit = owners.map((o) => (f.owners.includes(o) ? 1 : p.data.owners[o]!.names.some((n) => all.includes(n)) ? 0.5 : 0));
    if (owners.length > 0 && Math.max(...ownerFit) === 0) continue;
    let match = 0;
    let inLabel = 0;
    for (const alts of ways) {
      let best = 0;
      let label = 0;
      for (const a of alts) {
        const inAll = coverage(a, all);
        if (inAll === 0) continue; // nothing of it anywhere, so nothing in the label either
        label = Math.max(label, coverage(a, f.label));
        best = Math.max(best, label, 0.8 * inAll);
      }
      match += best;
      inLabel += label;
    }
    match /= chunks.length;
    inLabel /= chunks.length;
    if (match === 0) continue;
    const tight = Math.min(1, asked / labelChars);
    const labelAsks = intentWords.some((w) => f.label.includes(w)) ? 0.1 : 0;
    const key = f.key ? 0.05 : 0;
    const score = 2 * match + 0.2 * inLabel + intentFit(f, intents) + 0.1 * tight + labelAsks + key + 0.05 * Math.max(0, ...ownerFit);
    scored.push({ figure: f, score, match, inLabel });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The answer to a query, if one figure answers it, and the figures nearest to it otherwise. */
export function answer(q: string, p: Prepared): { parsed: Parsed; answer?: Scored | undefined; near: Scored[] } {
  const parsed = parse(q, p);
  const ranked = rank(parsed, p);
  const first = ranked[0];
  // “临港工匠”, “萧山 师傅”: words that ask for people or pages, with no question of a number, ask for no figure.
  const onlyPages = parsed.intents.size === 0 && parsed.chunks.every((c) => p.pageTypes.has(c));
  const answered = first && !onlyPages && first.match >= ANSWER_MATCH && first.inLabel >= ANSWER_IN_LABEL ? first : undefined;
  let near = ranked.filter((s) => s !== answered).slice(0, 3);
  // Nothing near in words: the named place's own figures, its key figures first.
  if (near.length === 0 && !answered && parsed.owners.length > 0) {
    near = p.data.figures
      .filter((f) => f.owners.some((o) => parsed.owners.includes(o)))
      .sort((a, b) => Number(b.key) - Number(a.key))
      .slice(0, 3)
      .map((figure) => ({ figure, score: 0, match: 0, inLabel: 0 }));
  }
  return { parsed, answer: answered, near };
}

/** The figures a figure's card points to as more like it, in the order its data gives them. */
export const siblings = (f: AnswerFigure, p: Prepared): AnswerFigure[] =>
  f.related.flatMap((id) => (p.byId.has(id) ? [p.byId.get(id)!] : []));
