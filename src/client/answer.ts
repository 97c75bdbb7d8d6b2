/**
 * The direct answer of the search page, as a pure function of the query and the answer data
 * (src/queries/answers.ts): reads what a query names (a place, a person, an organisation, by
 * any name, traditional characters, pinyin or a common typo), what it asks (a total, a
 * target, how far a target was met) and the rest of its words (the indicator), then scores
 * every figure it could mean. No DOM and no fetching here: test/unit/search-answer.test.ts
 * runs it as it is, and src/client/search.ts loads the files and shows what it finds.
 *
 * The data comes in files (`split`), so that a page loads what its query needs, not every
 * figure of the site: the index (/search/answers.json: the words, the owners, the sources),
 * then one file of figures for each owner a query names (its own figures and those that name
 * it), or, for a query that names none, the figures that share a two-character piece with it,
 * found through the piece lists. Either way the figures loaded are all the figures `rank`
 * could score above zero, so the answer is the one the whole data would give.
 */
import type { Intent, SearchTerm } from '../schemas/search-terms.ts';

/** Someone or somewhere a figure belongs to, by every name a reader may type. */
export interface AnswerOwner {
  /** Names, the page's own first: 萧山区, 萧山, 杭州萧山 … */
  names: string[];
  /** The pinyin of the name, where the id is one (xiaoshan, wangluqing). */
  pinyin?: string | undefined;
  /** For a district, the names of its city (杭州市, 杭州): typed before it, they only say where it is. */
  within?: string[] | undefined;
  href: string;
  /** The pages that list its pages of one type (the search's 类型: 工匠), by type. */
  lists?: Record<string, string> | undefined;
}

export interface AnswerFigure {
  id: string;
  /** The page title: “萧山：技能人才总量 超31万人”. */
  title: string;
  label: string;
  wording: string;
  counts: string;
  kind: 'target' | 'achievement' | 'stock' | 'count' | 'rate' | 'share' | 'duration' | 'fact';
  /** What it is counted in (人次, 家, 万元). */
  unit: string;
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
  /** Its siblings: its whole and parts, the target and result beside it, what it is computed from or into. */
  related: Sibling[];
  /** The charts that state its share of its whole, which the site computes (no report gives it). */
  sharedIn?: { title: string; href: string }[] | undefined;
  /** Its place in the site's list of figures: equal scores keep that order. */
  order: number;
}

/** A sibling as the answer card lists it. */
export type Sibling = Pick<AnswerFigure, 'id' | 'title' | 'kindLabel'>;

/** All the answer data of a build, before it is cut into files. */
export interface AnswerData {
  terms: SearchTerm[];
  owners: AnswerOwner[];
  sources: { title: string; href: string }[];
  figures: AnswerFigure[];
}

/**
 * /search/answers.json, which the page loads first. Figures are in files of their own:
 * /search/answers/<i>.json for owner i, /search/answers/<owners.length>.json for figures with
 * no owner, and the two-character pieces in /search/answers/pieces-<b>.json.
 */
export interface AnswerIndex extends Omit<AnswerData, 'figures'> {
  /** The same in every file of one build: a file from another build is not used. */
  stamp: string;
}

/** The figures that are an owner's own or name it (or, last, those with no owner). */
export interface AnswerShard {
  stamp: string;
  figures: AnswerFigure[];
}

/** Each two-character piece of the figures' text (in one bucket), and the files that hold figures with it. */
export interface AnswerPieces {
  stamp: string;
  pieces: Record<string, number[]>;
}

export const PIECE_BUCKETS = 16;
/** Which pieces file holds a piece. */
export const pieceBucket = (piece: string) => (piece.charCodeAt(0) * 31 + piece.charCodeAt(1)) % PIECE_BUCKETS;

const HAN_DIGITS = '〇一二三四五六七八九';
const hanNumber = (n: number) =>
  n < 10 ? HAN_DIGITS[n]! : `${n < 20 ? '' : HAN_DIGITS[Math.floor(n / 10)]!}十${n % 10 ? HAN_DIGITS[n % 10]! : ''}`;
const digitOf = (c: string) => (c === '两' ? 2 : HAN_DIGITS.indexOf(c));

/** A text's numbers in characters written in digits: 十五 as 15, 一万 as 10000, 三千五 as 3500. */
function hanToDigits(text: string): string {
  return (
    text
      // 一万, 两千, and 三千五 as it is said for 3500.
      .replace(
        /([一二三四五六七八九两])([百千万])([一二三四五六七八九])?(?![一二三四五六七八九十两百千万])/g,
        (_, d: string, unit: string, next?: string) => {
          const size = { 百: 100, 千: 1000, 万: 10000 }[unit as '百' | '千' | '万'];
          return String(digitOf(d) * size + (next ? (digitOf(next) * size) / 10 : 0));
        },
      )
      .replace(
        /[一二三四五六七八九两]?十[一二三四五六七八九]?|(?<![一二三四五六七八九十两])[一二三四五六七八九两](?![一二三四五六七八九十两])/g,
        (h) =>
          h.includes('十')
            ? String((h[0] === '十' ? 1 : digitOf(h[0]!)) * 10 + (h.endsWith('十') ? 0 : digitOf(h.at(-1)!)))
            : String(digitOf(h)),
      )
  );
}

/**
 * A text with its small numbers written the other way, or '' if it has none: 近3年 as 近三年,
 * 第十五届 as 第15届, so that a reader who writes a number either way finds it.
 */
export function otherNumerals(text: string): string {
  const asHan = text.replace(/(?<![\d.])\d{1,2}(?![\d.])/g, (d) => hanNumber(Number(d)));
  return [asHan, hanToDigits(text)].filter((t) => t !== text).join(' ');
}

/**
 * What a figure's headline says: its label and its value as worded (已开展职业技能培训
 * 34840人次, so that 人次 is in it), with the label's numbers written the other way.
 */
const labelText = (f: AnswerFigure) => `${unquoted(f.label)} ${otherNumerals(unquoted(f.label))} ${f.wording}`;
/** Without quotation marks: a name in them (“匠师铸才”首批课程) runs on into the words after it, as typed. */
const unquoted = (text: string) => text.replace(/[“”‘’「」『』]/g, '');

/** The text a figure is matched in: its label, what it counts, its wording and its dataset (numbers either way). */
export const figureText = (f: AnswerFigure) => `${ownText(f)} ${f.topic} ${otherNumerals(f.topic)}`;
/** The same without its dataset's title: what the figure itself says. */
const ownText = (f: AnswerFigure) => `${labelText(f)} ${unquoted(f.counts)} ${otherNumerals(unquoted(f.counts))}`;

/** Every two-character piece of a text (by UTF-16 unit, as `coverage` reads it). */
function pieces(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** The answer data cut into the files the page loads (see AnswerIndex). */
export function split(data: AnswerData, stamp: string): { index: AnswerIndex; shards: AnswerShard[]; pieces: AnswerPieces[] } {
  const { figures, ...rest } = data;
  const none = data.owners.length;
  const shards: AnswerShard[] = Array.from({ length: none + 1 }, () => ({ stamp, figures: [] }));
  const buckets: AnswerPieces[] = Array.from({ length: PIECE_BUCKETS }, () => ({ stamp, pieces: {} }));
  for (const f of figures) {
    const text = figureText(f);
    // A query that names no owner finds it in its first owner's file, or the file of no owner.
    const home = f.owners[0] ?? none;
    // One that names owners looks in theirs: `rank` scores it under each of its owners and
    // each owner its text names.
    const under = data.owners.flatMap((o, i) => (f.owners.includes(i) || o.names.some((n) => text.includes(n)) ? [i] : []));
    for (const i of new Set([home, ...under])) shards[i]!.figures.push(f);
    for (const piece of pieces(text)) {
      const bucket = buckets[pieceBucket(piece)]!.pieces;
      const list = bucket[piece];
      if (!list) bucket[piece] = [home];
      else if (!list.includes(home)) list.push(home);
    }
  }
  return { index: { stamp, ...rest }, shards, pieces: buckets };
}

/** Characters that join words but mean nothing alone, when they stand alone: 等 goes, 等级 stays. */
export const PARTICLES = new Set([...'的地得了和与及或在是之等吗呢吧啊呀嘛哦啦着也里有']);
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** The text with its particles and punctuation as spaces, read word by word. */
const withoutParticles = (text: string) =>
  [...segmenter.segment(text)].map((w) => (w.isWordLike && !PARTICLES.has(w.segment) ? w.segment : ' ')).join('');

/** The answer data made ready for many queries: lookups built once, figures added as they load. */
export interface Prepared {
  data: AnswerIndex;
  chars: Map<string, string>;
  /** [typed, means], longest typed first. */
  variants: [string, string][];
  /** [pinyin, owner's first name], longest first. */
  pinyin: [string, string][];
  synonyms: string[][];
  /**
   * The words that ask, longest first: what is asked of a figure (`intent`), as patterns (a
   * word ending in 多少 or 几 takes the measure word after it: 多少家, 几本), and words that
   * only ask (no `intent`). Longest first across both: 几月 asks when, not how many.
   */
  asking: { word: string; pattern?: RegExp; intent?: Intent }[];
  /** The units figures are counted in (人次, 家, 万元), from the unit words. */
  units: string[];
  /**
   * The units of each unit-words term, by each of its units and words: a question that counts
   * in one (多少本, 几场, 人数, 多少钱) asks for a figure in one of them.
   */
  unitGroups: Map<string, string[]>;
  /** Words that only ask and name nothing, which no page holds (萧山 培训人次 如何, 王露清是谁). */
  questionWords: string[];
  pageTypes: Map<string, string>;
  /** [name, owner], longest first. */
  names: [string, number][];
  /** The figures loaded so far. */
  byId: Map<string, AnswerFigure>;
  /** Each loaded figure's text (figureText), that without its dataset's title, its headline (labelText), and its label's length without quotes. */
  text: Map<string, { all: string; own: string; label: string; labelChars: number }>;
  /** The figure files loaded so far. */
  shards: Set<number>;
  /** The pieces files loaded so far, and what they hold. */
  buckets: Set<number>;
  pieces: Map<string, number[]>;
}

const longestFirst = <T>(pairs: [string, T][]) => pairs.sort((a, b) => b[0].length - a[0].length);

export function prepare(data: AnswerIndex): Prepared {
  const chars = new Map<string, string>();
  const variants: [string, string][] = [];
  const synonyms: string[][] = [];
  const intents: [string, Intent][] = [];
  const units: string[] = [];
  const unitGroups = new Map<string, string[]>();
  const questionWords: string[] = [];
  const pageTypes = new Map<string, string>();
  for (const t of data.terms) {
    if (t.kind === 'characters') {
      const simple = [...t.simplified];
      for (const [i, c] of [...t.traditional].entries()) chars.set(c, simple[i]!);
    } else if (t.kind === 'variant') for (const w of t.typed) variants.push([w.toLowerCase(), t.means]);
    else if (t.kind === 'synonyms') synonyms.push(t.words);
    else if (t.kind === 'intent') for (const w of t.words) intents.push([w, t.intent]);
    else if (t.kind === 'page-type') for (const w of t.words) pageTypes.set(w, t.type);
    else if (t.kind === 'unit-words') {
      units.push(...t.units);
      // A word in two groups (数量: 家, 个 or 项) names no unit.
      for (const w of new Set([...t.units, ...t.words])) unitGroups.set(w, unitGroups.has(w) ? [] : t.units);
    } else if (t.kind === 'question-words') questionWords.push(...t.words);
  }
  // The measure words a count asks in, after 多少 or 几 (多少家, 多少人次, 几本): those of the 几
  // words (几家) and the units, the longest first. 人 is one only when no 才 follows (多少人才
  // asks about 人才).
  const measures = [...new Set([...intents.flatMap(([w]) => /^几(.)$/.exec(w)?.[1] ?? []), ...units])]
    .sort((a, b) => b.length - a.length)
    .map((m) => (m === '人' ? '人(?!才)' : escapeRegExp(m)))
    .join('|');
  const asking = [
    ...intents.map(([word, intent]) => ({
      word,
      pattern: new RegExp(`${escapeRegExp(word)}(${/(?:多少|几)$/.test(word) ? measures : ''})?`, 'g'),
      intent,
    })),
    ...questionWords.map((word) => ({ word })),
  ].sort((a, b) => b.word.length - a.word.length);
  // Written as `normalize` writes the query: 上海临港经济发展（集团）有限公司 with ASCII brackets.
  const names = data.owners.flatMap((o, i) =>
    o.names.filter((n) => [...n].length >= 2).map((n): [string, number] => [n.normalize('NFKC').toLowerCase(), i]),
  );
  const pinyin = data.owners.flatMap((o): [string, string][] => (o.pinyin ? [[o.pinyin, o.names[0]!]] : []));
  return {
    data,
    chars,
    variants: longestFirst(variants),
    pinyin: longestFirst(pinyin),
    synonyms,
    asking,
    units,
    unitGroups,
    // Longest first: 什么时候 goes whole, not as 什么 and a 时候 left behind.
    questionWords: questionWords.sort((a, b) => b.length - a.length),
    pageTypes,
    names: longestFirst(names),
    byId: new Map(),
    text: new Map(),
    shards: new Set(),
    buckets: new Set(),
    pieces: new Map(),
  };
}

/** A file of a build other than the index's (answer-files.ts also throws it for a file the index names and the site no longer has). */
export class StaleAnswerData extends Error {}

/** Adds a loaded figures file (number `i`). */
export function addShard(p: Prepared, i: number, shard: AnswerShard): void {
  if (shard.stamp !== p.data.stamp) throw new StaleAnswerData();
  p.shards.add(i);
  for (const f of shard.figures) {
    if (p.byId.has(f.id)) continue;
    p.byId.set(f.id, f);
    p.text.set(f.id, {
      all: figureText(f),
      own: ownText(f),
      label: labelText(f),
      labelChars: [...f.label.replace(/[“”（）：]/g, '')].length,
    });
  }
}

/** Adds a loaded pieces file (bucket `b`). */
export function addPieces(p: Prepared, b: number, file: AnswerPieces): void {
  if (file.stamp !== p.data.stamp) throw new StaleAnswerData();
  p.buckets.add(b);
  for (const [piece, shards] of Object.entries(file.pieces)) p.pieces.set(piece, shards);
}

/**
 * What is still to load before the query can be answered: the figures files of the owners
 * it names; for a query that names none, first the pieces files of its words' pieces (each
 * way of writing them), then the figures files those list. Empty when all is loaded.
 */
export function wanted(parsed: Parsed, p: Prepared): { buckets: number[]; shards: number[] } {
  const missing = (shards: Iterable<number>) => [...new Set(shards)].filter((i) => !p.shards.has(i));
  if (parsed.owners.length > 0) return { buckets: [], shards: missing(parsed.owners) };
  const asked = new Set(parsed.chunks.flatMap((c) => alternatives(c, p)).flatMap((a) => [...pieces(a)]));
  const buckets = [...new Set([...asked].map(pieceBucket))].filter((b) => !p.buckets.has(b));
  if (buckets.length > 0) return { buckets, shards: [] };
  return { buckets: [], shards: missing([...asked].flatMap((piece) => p.pieces.get(piece) ?? [])) };
}

export const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query in the site's own words: simplified characters, lower case, each typo, English
 * or pinyin word replaced by what it means (a Latin word only as a whole word), a year in
 * digits.
 */
export function normalize(q: string, p: Prepared): string {
  let s = [...q.normalize('NFKC')]
    .map((c) => p.chars.get(c) ?? c)
    .join('')
    .toLowerCase();
  for (const [typed, means] of [...p.variants, ...p.pinyin]) {
    s = isAscii(typed) ? s.replace(new RegExp(`(?<![a-z])${escapeRegExp(typed)}(?![a-z])`, 'g'), ` ${means} `) : s.replaceAll(typed, means);
  }
  // A year in characters, as the pages write it in digits: 二〇二一年 is 2021年.
  s = s.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (year) => [...year].map((c) => (c === '零' ? 0 : HAN_DIGITS.indexOf(c))).join(''));
  return s.replace(/\s+/g, ' ').trim();
}

export interface Parsed {
  /** The normalized query. */
  text: string;
  /** Owners it names. */
  owners: number[];
  /** Years it names (2023年): when, not what. */
  years: string[];
  intents: Set<Intent>;
  /** The words that asked (总量, 目标 …), which a label may also use. */
  intentWords: string[];
  /** The units a count is asked in (多少本: 本; 人数: 人, 人次, 名, 位), or none. */
  countedIn: string[];
  /** What a count asks of, the word after 多少 or 几 (多少证书: 证书; 几个领域: 领域), or ''. */
  counted: string;
  /** A space-separated word that asks for a kind of page, and the query without it. */
  pageType?: { type: string; rest: string } | undefined;
  /** The rest: the indicator, in pieces. */
  chunks: string[];
}

/**
 * A year as a query writes it (2023年, 2023年度), or years from one to another (2021—2023,
 * 2019年至2021年), not 2000人次. A year counted from now (今年, 去年, 当年) names none: the
 * site does not know when “now” is, and the answer gives its date; such words are question
 * words in data/search-terms.json.
 */
const YEAR = /(?<!\d)((?:19|20)\d{2})年?度?\s*[—–~至到-]\s*((?:19|20)\d{2})年?度?|(?<!\d)((?:19|20)\d{2})年度?/g;

/** Where a count was asked, while the query is read: a character no query holds. */
const COUNTED = '\uE000';
/** A demonstrative and its measure word, leading a word: 那份工作年薪 asks about 工作年薪. */
export const DETERMINER = /^[这那该此][个份位家些次场种项名本条批届]/;
/** A number said roughly: 三十多万, 一百来个; of years or months, a time (二十多年). */
const APPROXIMATE = /[\d.一二三四五六七八九十两百千]+[多余来][万千百亿]?(年|个月)?/g;
/** A particle that ends a question's word and is no part of it: 占了, 工匠呀. */
const ENDING = /[了着吗呢吧啊呀]+$/;

export function parse(q: string, p: Prepared): Parsed {
  const text = normalize(q, p);
  let work = ` ${text} `;
  let owners: number[] = [];
  for (const [name, i] of p.names) {
    if (!work.includes(name)) continue;
    if (!owners.includes(i)) owners.push(i);
    work = work.replaceAll(name, ' ');
  }
  // A district's city, typed with it, says where it is (杭州市萧山区, 上海 长宁): neither an
  // indicator word nor, when the city is a place of its own, a second place asked about.
  const around = new Set(owners.flatMap((i) => p.data.owners[i]!.within ?? []));
  for (const city of [...around].sort((a, b) => b.length - a.length)) work = work.replaceAll(city, ' ');
  owners = owners.filter((i) => !p.data.owners[i]!.names.some((n) => around.has(n)));
  // So do 全区 and 全市 beside a place named: all of it (萧山全区技能人才总量).
  if (owners.some((i) => p.data.owners[i]!.href.startsWith('/districts/'))) work = work.replace(/全[区市]/g, ' ');
  const years: string[] = [];
  work = work.replace(YEAR, (_, from?: string, to?: string, year?: string) => {
    years.push(...[from, to, year].filter((y) => y !== undefined));
    return ' ';
  });
  // 2023 as a word of its own is a year too, unless a unit follows it (2000 人次).
  work = work.replace(/(?<= )((?:19|20)\d{2})(?= (\S*))/g, (year: string, _: string, next: string) => {
    if (p.units.some((u) => next.startsWith(u))) return year;
    years.push(year);
    return ' ';
  });
  const intents = new Set<Intent>();
  const intentWords: string[] = [];
  const countedIn = new Set<string>();
  const countIn = (measure: string) => {
    if (measure !== '个') for (const u of p.unitGroups.get(measure) ?? [measure]) countedIn.add(u);
  };
  for (const { word: w, pattern, intent } of p.asking) {
    if (!work.includes(w)) continue;
    if (!pattern || !intent) {
      work = work.replaceAll(w, ' ');
      continue;
    }
    intents.add(intent);
    intentWords.push(w);
    // The measure after 多少, or the one the word ends in (几场, 有多少人). A measure of two
    // characters or more stays a word of the indicator (培训人次).
    work = work.replace(pattern, (_, measure?: string) => {
      if (intent !== 'total') return ' ';
      // 几场, 有多少人: the word ends in its measure.
      const unit = measure || (/^几.$|多少.$/.test(w) ? w.at(-1)! : '');
      if (unit) countIn(unit);
      return measure && measure.length > 1 ? ` ${measure} ` : ` ${COUNTED} `;
    });
  }
  // A share of a target is how far it was met (目标完成了百分之多少).
  if (intents.has('target') && intents.has('share')) {
    intents.delete('target');
    intents.delete('share');
    intents.add('completion');
  }
  // Words that name a unit (人数, 金额), where the query has them.
  for (const w of p.unitGroups.keys()) if (w.length > 1 && text.includes(w)) countIn(w);
  const words = text.split(' ');
  const i = words.length > 1 ? words.findIndex((w) => p.pageTypes.has(w)) : -1;
  let pageType = i < 0 ? undefined : { type: p.pageTypes.get(words[i]!)!, rest: words.filter((_, j) => j !== i).join(' ') };
  // What the last count asked is of: the word right after it, if one follows (多少证书).
  const after = work
    .split(COUNTED)
    .slice(1)
    .map((rest) => withoutParticles(rest.trimStart()).split(' ')[0]!);
  const counted = after.at(-1) ?? '';
  // A number guessed at (是不是有三十多万了, 做了二十多年) asks how many or how long, and is no
  // word of what is asked, nor one a figure must hold.
  work = work.replace(APPROXIMATE, (_, time?: string) => {
    intents.add(time ? 'duration' : 'total');
    return ' ';
  });
  const chunks = withoutParticles(work.replaceAll(COUNTED, ' '))
    .split(' ')
    .map((c) => c.replace(DETERMINER, '').replace(ENDING, ''))
    .filter((c) => [...c].length >= 2);
  // Or typed onto the name of a place, person or body, with nothing else (萧山有哪些能工巧匠).
  if (!pageType && owners.length > 0 && chunks.length > 0 && intents.size === 0 && chunks.every((c) => p.pageTypes.has(c)))
    pageType = { type: p.pageTypes.get(chunks[0]!)!, rest: owners.map((o) => p.data.owners[o]!.names[0]!).join(' ') };
  return { text, owners, years, intents, intentWords, countedIn: [...countedIn], counted, pageType, chunks };
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

/** The chunk, its numbers in digits, and each way of writing it with a synonym in place of one it contains. */
function alternatives(chunk: string, p: Prepared): string[] {
  const digits = hanToDigits(chunk);
  const out = digits === chunk ? [chunk] : [chunk, digits];
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
  /**
   * Whether each indicator word's first two characters, and each number the query writes,
   * are in it whole: 低技能人才 is not 技能人才, 上汽集团 not 一汽集团, 2020人次 not 34840人次
   * of 2023, however much of the rest is the same. (A word's last two may be a question's
   * leftover: 社会评价机构有.)
   */
  fits: boolean;
}

/**
 * The least `match` for a figure to be given as the answer: each indicator word found, or
 * nearly; and at least half of them in its label, since a figure whose dataset or description
 * only mentions a programme (“一十百千万”) is not what a search for it asks.
 */
export const ANSWER_MATCH = 0.75;
export const ANSWER_IN_LABEL = 0.5;

/** The kinds of figure some questions ask for by themselves, the most particular first: a duration, a share, a rate of completion, a target. */
const KIND_ASKED: [Intent, AnswerFigure['kind']][] = [
  ['duration', 'duration'],
  ['share', 'share'],
  ['completion', 'rate'],
  ['target', 'target'],
];

/** Whether the query asks something of a number (a total, a target, how far it was met), not for an overview. */
export const asksNumber = (intents: Set<Intent>) => [...intents].some((i) => i !== 'overview');

/** What kinds answer what is asked, and by how much they gain or lose. */
function intentFit(f: AnswerFigure, intents: Set<Intent>, countedIn: string[]): number {
  let fit = 0;
  // A count asked in a unit (多少本) is of a figure in it, not of one in another (家).
  if (countedIn.length > 0) fit += countedIn.includes(f.unit) ? 0.15 : -0.15;
  // A total is what there is at a date (a stock), and the whole rather than one of its parts;
  // a part whose own words the query names still outranks its whole (match counts double).
  if (intents.has('total'))
    fit += (f.whole ? 0.1 : -0.1) + (f.kind === 'stock' ? 0.3 : f.kind === 'target' || f.kind === 'rate' ? -0.2 : 0);
  if (intents.has('target')) fit += f.kind === 'target' ? 0.5 : -0.3;
  if (intents.has('completion')) fit += f.kind === 'rate' ? 0.5 : -0.3;
  if (intents.has('duration')) fit += f.kind === 'duration' ? 0.5 : -0.3;
  // A rate of completion, or a fact such as a rise of 8-15%, is a per cent too (完成目标的百分之几, 涨了百分之几).
  if (intents.has('share')) fit += f.kind === 'share' ? 0.5 : f.kind === 'rate' || f.kind === 'fact' ? 0 : -0.3;
  // Unasked, the figure itself comes before its parts, its target and its rate.
  if (!asksNumber(intents)) fit += (f.whole ? 0 : -0.1) + (f.kind === 'rate' || f.kind === 'target' ? -0.1 : 0);
  return fit;
}

/** Whether a figure is of one of the years (its date or its label names it). */
const ofYear = (f: AnswerFigure, years: string[]) => years.some((y) => f.when.includes(y) || f.label.includes(y));

/** Every figure the query could mean, best first; the first is the answer if it passes `answer`'s tests. */
export function rank(parsed: Parsed, p: Prepared): Scored[] {
  const { owners, years, chunks, intents, intentWords, countedIn, counted } = parsed;
  if (chunks.length === 0) return [];
  const scored: Scored[] = [];
  const ways = chunks.map((c) => alternatives(c, p));
  const asked = chunks.join('').length;
  const countedWays = counted ? alternatives(counted, p) : [];
  // A named owner must be the figure's, or be named in what it counts or its dataset.
  const candidates = [...p.byId.values()].flatMap((f) => {
    const { all } = p.text.get(f.id)!;
    const ownerFit = owners.map((o) => (f.owners.includes(o) ? 1 : p.data.owners[o]!.names.some((n) => all.includes(n)) ? 0.5 : 0));
    return owners.length > 0 && Math.max(...ownerFit) === 0 ? [] : [{ f, ownerFit: Math.max(0, ...ownerFit) }];
  });
  const rare = rarity(
    ways,
    candidates.map(({ f }) => p.text.get(f.id)!.all),
  );
  for (const { f, ownerFit } of candidates) {
    const { all, own, label: labelWords, labelChars } = p.text.get(f.id)!;
    let match = 0;
    let inLabel = 0;
    // A number the query writes is the figure's, or its whole's or a sibling's, which the
    // question gives as what it is part of (一百家认定机构里央企分支机构有几家).
    let fits = chunks.every((c) =>
      (hanToDigits(c).match(/\d{2,}/g) ?? []).every((n) => all.includes(n) || f.related.some((r) => r.title.includes(n))),
    );
    for (const alts of ways) {
      let best = 0;
      let label = 0;
      let head = false;
      for (const a of alts) {
        const inAll = coverage(a, all);
        if (inAll === 0) continue; // nothing of it anywhere, so nothing in the label either
        label = Math.max(label, coverage(a, labelWords));
        // Its dataset's title says what the figures around it are about, not what it is.
        best = Math.max(best, label, 0.8 * coverage(a, own), 0.6 * inAll);
        // An adverb, a modal verb or a preposition before the word is no part of it: 共培训,
        // 已开展, 要储备, 给企业.
        // A number leading the word (100家认定机构) says how many, not what: it is checked above.
        const w = a.replace(/^[\d.]+\D?/, '');
        head ||= all.includes(w.slice(0, 2)) || (/^[共总都已要将还又再就曾给向对为把被从跟]/.test(w) && all.includes(w.slice(1, 3)));
      }
      match += best;
      inLabel += label;
      fits &&= head;
    }
    match /= chunks.length;
    inLabel /= chunks.length;
    if (match === 0) continue;
    const tight = Math.min(1, asked / labelChars);
    const labelAsks = intentWords.some((w) => f.label.includes(w)) ? 0.1 : 0;
    // What the count is of, in its label (一共发了多少证书: 颁发职业技能等级证书).
    const isCounted = countedWays.some((w) => f.label.includes(w)) ? 0.5 : 0;
    const key = f.key ? 0.05 : 0;
    const dated = years.length > 0 && ofYear(f, years) ? 0.05 : 0;
    const score =
      2 * match +
      0.2 * inLabel +
      0.4 * rare(all) +
      intentFit(f, intents, countedIn) +
      0.1 * tight +
      labelAsks +
      isCounted +
      key +
      dated +
      0.05 * ownerFit;
    scored.push({ figure: f, score, match, inLabel, fits });
  }
  return scored.sort((a, b) => b.score - a.score || a.figure.order - b.figure.order);
}

/**
 * How much of what sets the query's words apart a text holds, 0–1: each two-character piece
 * of them weighed by how few of the texts have it, so the word only one figure holds
 * (央企分支机构) counts for more than those all of them do (企业技能等级认定机构). A piece no
 * text has weighs nothing. Each word counts as its best way of writing it (世赛 or 世界技能大赛),
 * and as much as that way sets it apart.
 */
function rarity(ways: string[][], texts: string[]): (text: string) => number {
  const weights = new Map<string, number>();
  const weigh = (piece: string) => {
    if (!weights.has(piece)) {
      const holding = texts.filter((t) => t.includes(piece)).length;
      weights.set(piece, holding === 0 ? 0 : Math.log((texts.length + 1) / holding));
    }
    return weights.get(piece)!;
  };
  const words = ways.map((alts) =>
    alts.map((a) => {
      const weighed = [...pieces(a)].map((piece) => [piece, weigh(piece)] as const).filter(([, w]) => w > 0);
      return { weighed, total: weighed.reduce((sum, [, w]) => sum + w, 0) };
    }),
  );
  return (text) => {
    let held = 0;
    let total = 0;
    for (const alts of words) {
      const most = Math.max(0, ...alts.map((a) => a.total));
      if (most === 0) continue;
      const share = Math.max(
        ...alts.map((a) => (a.total === 0 ? 0 : a.weighed.reduce((sum, [piece, w]) => sum + (text.includes(piece) ? w : 0), 0) / a.total)),
      );
      held += most * share;
      total += most;
    }
    return total === 0 ? 0 : held / total;
  };
}

/**
 * The answer to a query, if one figure answers it, and the figures nearest to it otherwise.
 * When it asks about a place or body it names as a whole, and no number (“闵行区 工作概况”),
 * or names it and nothing else, also that owner's own page (`overview`, an index into the owners), which the page gives as
 * the answer where no figure answers, and beside the figure where one does.
 */
export function answer(
  q: string,
  p: Prepared,
): {
  parsed: Parsed;
  answer?: Scored | undefined;
  near: Scored[];
  overview?: number | undefined;
  listing?: { owner: number; type: string; href: string } | undefined;
  computed?: { figure: AnswerFigure; chart: { title: string; href: string } } | undefined;
} {
  const parsed = parse(q, p);
  const ranked = rank(parsed, p);
  // “临港工匠”, “萧山 师傅”: words that ask for people or pages, with no question of a number, ask for no figure.
  const onlyPages = !asksNumber(parsed.intents) && parsed.chunks.every((c) => p.pageTypes.has(c));
  // A name and nothing else (上海市浦东新区, minhang) asks for its page, as 概况 does.
  const nameOnly = parsed.owners.length === 1 && parsed.chunks.length === 0 && parsed.intents.size === 0 && parsed.years.length === 0;
  // A year asked that the figure is not of (萧山 1990年 技能人才总量) is not answered by it,
  // nor a count asked in a unit by one in another (一共发了几本: not 100家 认定机构), nor a
  // share asked by a rate of completion (a share is of a whole, a rate of a target).
  const first = ranked.find(
    (s) =>
      (parsed.countedIn.length === 0 || parsed.countedIn.includes(s.figure.unit)) &&
      !(parsed.intents.has('share') && s.figure.kind === 'rate'),
  );
  let answered =
    first &&
    !onlyPages &&
    first.match >= ANSWER_MATCH &&
    first.inLabel >= ANSWER_IN_LABEL &&
    first.fits &&
    (parsed.years.length === 0 || ofYear(first.figure, parsed.years))
      ? first
      : undefined;
  // One place, person or body named, and what is asked of it narrows its figures to one,
  // however loosely the rest is put: the kind of number asked (张建平做二胡做了多少年, the most
  // particular kind first), the unit it is counted in (大零号湾工匠学院第一批开了多少门课),
  // what the count is of (燃气行业协会四个职业几个等级). A kind or a unit asked that none of
  // its figures has answers nothing; what is counted narrows only where some label says it.
  if (!answered && !onlyPages && parsed.owners.length === 1) {
    const kind = KIND_ASKED.find(([intent]) => parsed.intents.has(intent))?.[1];
    let left = ranked.filter(
      (s) =>
        (kind === undefined || s.figure.kind === kind) &&
        (parsed.countedIn.length === 0 || parsed.countedIn.includes(s.figure.unit)) &&
        (parsed.years.length === 0 || ofYear(s.figure, parsed.years)),
    );
    const counted = parsed.counted ? alternatives(parsed.counted, p) : [];
    const ofCounted = left.filter((s) => counted.some((w) => s.figure.label.includes(w)));
    if (ofCounted.length > 0) left = ofCounted;
    const narrowed = kind !== undefined || parsed.countedIn.length > 0 || ofCounted.length > 0;
    if (narrowed && left.length === 1) answered = left[0];
  }
  const one = parsed.owners.length === 1 ? parsed.owners[0]! : undefined;
  const place = one !== undefined && p.data.owners[one]!.href.startsWith('/districts/');
  // Asked of one place, person or body as a whole (闵行区 工作概况), or by its name alone; or
  // a body or person named with words no figure answers and no number asked (萧山技师学院
  // 合作企业 产教融合): its own page. (A place with such words asks for something in it.)
  const overview =
    (!asksNumber(parsed.intents) && parsed.intents.has('overview')) ||
    nameOnly ||
    (!answered && !onlyPages && one !== undefined && !place && !asksNumber(parsed.intents))
      ? one
      : undefined;
  // One place named and a kind of page asked (萧山 工匠, 萧山有哪些能工巧匠): its list of them, where it has one.
  const type = parsed.pageType?.type ?? (onlyPages ? parsed.chunks.map((c) => p.pageTypes.get(c)).find((t) => t) : undefined);
  const href = one !== undefined && type && parsed.intents.size === 0 ? p.data.owners[one]!.lists?.[type] : undefined;
  const listing = href ? { owner: one!, type: type!, href } : undefined;
  let near = ranked.filter((s) => s !== answered).slice(0, 3);
  // Nothing near in words: the named place's own figures, its key figures first.
  if (near.length === 0 && !answered && parsed.owners.length > 0) {
    near = [...p.byId.values()]
      .filter((f) => f.owners.some((o) => parsed.owners.includes(o)))
      .sort((a, b) => Number(b.key) - Number(a.key) || a.order - b.order)
      .slice(0, 3)
      .map((figure) => ({ figure, score: 0, match: 0, inLabel: 0, fits: false }));
  }
  // A share asked that no report gives, of a figure whose share of its whole a chart of the
  // site computes (长宁 线上培训 占比): that chart, as the site's own number.
  const shared = answered
    ? undefined
    : parsed.intents.has('share')
      ? ranked.find((s) => s.figure.sharedIn && s.match >= ANSWER_MATCH && s.fits)
      : undefined;
  const computed = shared && { figure: shared.figure, chart: shared.figure.sharedIn![0]! };
  return { parsed, answer: answered, near, overview, listing, computed };
}
