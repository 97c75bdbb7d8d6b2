/**
 * Reads how a report words a number ("3.48万人次", "2.6万人次以上", "超31万人", "近500份",
 * "1000余名", "四十多年", "8-15%"), given the unit it counts in. From the wording alone
 * follow what the number means: its value, the qualifier (at least, more than, nearly,
 * about) and how far it is rounded. The figure schema derives the qualifier and rounding
 * from here and checks the typed value against it, so neither can be typed wrongly.
 */

/** What a qualifier word says about the true number. */
export const QUALIFIERS = ['none', 'at-least', 'more-than', 'nearly', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const BEFORE: [string, Qualifier][] = [
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['至少', 'at-least'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['超', 'more-than'],
  ['近', 'nearly'],
  ['约', 'about'],
];
const AFTER_NUMBER: [string, Qualifier][] = [
  ['余', 'more-than'],
  ['多', 'more-than'],
];
const AFTER_UNIT: [string, Qualifier][] = [
  ['以上', 'at-least'],
  ['左右', 'about'],
];
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below ten thousand ("四十", "十五", "两", "百") and the place of its last digit. */
function chinese(text: string): { value: number; place: number } | undefined {
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let value = 0;
  let digit: number | undefined;
  let place = 1;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else {
      const p = PLACE[ch]!;
      value += (digit ?? 1) * p;
      place = p;
      digit = undefined;
    }
  }
  if (digit !== undefined) {
    value += digit;
    place = 1;
  }
  return { value, place };
}

/** An Arabic number ("34,840", "3.48") with the number of decimals it is written with. */
function arabic(text: string): { value: number; decimals: number } | undefined {
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return undefined;
  return { value: Number(text.replace(/,/g, '')), decimals: (text.split('.')[1] ?? '').length };
}

export interface Wording {
  /** The number as a plain value (the lower end of a range). */
  value: number;
  /** The upper end, when the report gives a range ("8-15%"). */
  valueTo?: number | undefined;
  qualifier: Qualifier;
  /** The unit the report rounds to ("3.48万" → 100, "11万" → 10000); undefined when written to the unit. */
  roundedTo?: number | undefined;
  /** The qualifier word as written ("超", "余", "以上"), if any. */
  word?: string | undefined;
  /** The number and unit without the qualifier word: "超31万人" → "31万人", "1000余名" → "1000名". */
  bare: string;
}

/** Reads `wording` counted in `unit`; returns a reason instead when it cannot. */
export function readWording(wording: string, unit: string): Wording | { problem: string } {
  let rest = wording.trim();
  let qualifier: Qualifier = 'none';
  let multiplier = 1;
  const words: string[] = [];
  const take = (word: string, q: Qualifier) => {
    words.push(word);
    qualifier = q;
  };
  for (const [word, q] of AFTER_UNIT) {
    if (rest.endsWith(word)) {
      rest = rest.slice(0, -word.length);
      take(word, q);
    }
  }
  if (!rest.endsWith(unit)) return { problem: `措辞“${wording}”应以单位“${unit}”结尾（可再加“以上”“左右”）` };
  rest = rest.slice(0, rest.length - unit.length);
  const before = BEFORE.find(([word]) => rest.startsWith(word));
  if (before) {
    rest = rest.slice(before[0].length);
    take(...before);
  }
  const after = AFTER_NUMBER.find(([word]) => rest.endsWith(word));
  if (after) {
    rest = rest.slice(0, -after[0].length);
    take(...after);
  }
  const bare = rest + unit;
  const last = rest.at(-1) ?? '';
  if (last in MULTIPLIER) {
    multiplier = MULTIPLIER[last]!;
    rest = rest.slice(0, -1);
  }
  if (words.length > 1) return { problem: `措辞“${wording}”有不止一个限定词（${words.join('、')}）` };
  const range = rest.split(/[-—–～~至]/);
  if (range.length > 2) return { problem: `措辞“${wording}”中的数字读不出来` };
  const numbers = range.map((part) => {
    const a = arabic(part);
    if (a) return { value: a.value * multiplier, step: multiplier * 10 ** -a.decimals };
    const c = chinese(part);
    if (c) return { value: c.value * multiplier, step: multiplier * c.place };
    return undefined;
  });
  if (numbers.some((n) => n === undefined) || numbers.length === 0) return { problem: `措辞“${wording}”中的数字读不出来` };
  const [low, high] = numbers as [{ value: number; step: number }, { value: number; step: number } | undefined];
  const step = Math.max(low.step, high?.step ?? 0);
  return {
    value: Math.round(low.value * 1e6) / 1e6,
    valueTo: high ? Math.round(high.value * 1e6) / 1e6 : undefined,
    qualifier,
    roundedTo: step > 1 ? step : undefined,
    word: words[0],
    bare,
  };
}

/** Chinese numerals, which a number may be written in as well as Arabic digits. */
const CHINESE_NUMERALS = '〇零一二两三四五六七八九十百千万亿';

/**
 * Text as a report may set a number and a wording copy it, made comparable: full-width
 * digits, letters and signs made ASCII (NFKC: "３４８４０" → "34840", "％" → "%", "，" → ","),
 * every dash or tilde of a range made "-", spaces and invisible characters dropped, and
 * thousands separators removed ("34,840" → "34840").
 */
export function normaliseNumbers(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu, '')
    .replace(/[~〜‐‑‒–—―−]/g, '-')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/**
 * Where `needle` stands in `hay` as a number of its own, not as the tail of a longer one:
 * "4家" is not in "14家", "6万" not in "2.6万", "15%" not in "8-15%", "十个" not in "二十个".
 * A dash after a word ("——新建1所") starts no range.
 */
function wholeAt(hay: string, needle: string): number[] {
  const first = needle[0] ?? '';
  const continues = (i: number) => {
    const [before, prev] = [hay[i - 2] ?? '', hay[i - 1] ?? ''];
    if (/[0-9]/.test(first)) return /[0-9.]/.test(prev) || (prev === '-' && /[0-9]/.test(before));
    return CHINESE_NUMERALS.includes(first) && prev !== '' && CHINESE_NUMERALS.includes(prev);
  };
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) if (!continues(i)) found.push(i);
  return found;
}

/**
 * Qualifier words that, standing right against a number the wording gives without them,
 * mean the wording dropped them ("技能人才超31万人" worded "31万人"). 近 and 约 are left out:
 * they end everyday words (最近, 附近, 签约, 预约) as often as they qualify a number.
 */
const DROPPABLE_BEFORE = BEFORE.map(([word]) => word).filter((word) => word !== '近' && word !== '约');
const DROPPABLE_AFTER = AFTER_UNIT.map(([word]) => word);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers in `passage` counted in `unit`, as the passage writes them, to show beside a mismatch. */
function numbersIn(passage: string, unit: string): string[] {
  const number = `[0-9${CHINESE_NUMERALS}][0-9.\\-${CHINESE_NUMERALS}]*`;
  return passage.match(new RegExp(`${number}(?:余|多)?${escapeRegExp(unit)}`, 'g')) ?? [];
}

/** True when `passage` holds a numeral, Arabic or Chinese: without one it cannot be a number's source. */
export const hasNumeral = (passage: string) =>
  /[0-9]/.test(normaliseNumbers(passage)) || [...CHINESE_NUMERALS].some((c) => passage.includes(c));

/**
 * Why `wording` (counted in `unit`) does not stand in `passage`, the excerpt of the report it
 * comes from; undefined when it does. Both are compared after `normaliseNumbers`. The wording
 * should stand in the passage as written. A qualifier may sit apart from its number in a
 * report ("以上" after a clause), so the number with its unit and, anywhere in the passage, the
 * qualifier word are enough; a qualifier the passage puts right against the number may not be
 * dropped.
 */
export function wordingNotInPassage(wording: string, unit: string, passage: string): string | undefined {
  const [hay, needle] = [normaliseNumbers(passage), normaliseNumbers(wording)];
  const read = readWording(needle, normaliseNumbers(unit));
  if ('problem' in read) return undefined;
  const at = wholeAt(hay, needle);
  if (at.length > 0) {
    if (read.word !== undefined) return undefined;
    const dropped = at.map(
      (i) => DROPPABLE_BEFORE.find((w) => hay.slice(0, i).endsWith(w)) ?? DROPPABLE_AFTER.find((w) => hay.startsWith(w, i + needle.length)),
    );
    return dropped.includes(undefined) ? undefined : `摘录中这个数字带有限定词“${dropped[0]}”，措辞“${wording}”把它漏了：请照摘录写全`;
  }
  if (read.word !== undefined && wholeAt(hay, read.bare).length > 0) {
    return hay.includes(read.word) ? undefined : `措辞“${wording}”的限定词“${read.word}”不在摘录中：限定词须是报道原有的`;
  }
  const stated = numbersIn(hay, normaliseNumbers(unit));
  return stated.length > 0
    ? `措辞“${wording}”与摘录不符：摘录写的是“${stated.join('”“')}”`
    : `措辞“${wording}”不在摘录中：摘录里没有以“${unit}”计的数字`;
}
