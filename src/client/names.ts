/**
 * Names typed not quite right: a person's name with one character of the given name off
 * (王路清 for 王露清), or a name in pinyin, in syllables or surname last (wang shuqun, Shuqun
 * Wang). The search page asks for this only when no figure answers and a word of the query is
 * on none of the first page's results (src/client/search.ts); it searches again with the name
 * put right, saying so. Pure: test/unit/search-names.test.ts runs it as it is.
 *
 * Only a word, or the start of one (吴建红老师), is put right, only to a person's name, and
 * never in its surname: 李建平 is another person than 张建平, 金山区 another place than 萧山区,
 * 上海人 no typo of 上海市.
 */

/** A name a page goes by, and its pinyin (syllables joined by hyphens where known: wang-shuqun). */
export type Name = [name: string, pinyin?: string | undefined];

/** /search/names.json: every craftsman's and person's name, with the pinyin of its page's address. */
export interface NamesFile {
  names: Name[];
}

/**
 * A name put in for words of the query: `words`, one or, for pinyin in syllables, several;
 * `typed`, what of them the name replaces (the words, or the start of the one word).
 */
export interface NameFix {
  words: string[];
  typed: string;
  name: string;
}

const HAN = /^\p{Script=Han}+$/u;
/** A word in Latin letters, as pinyin is typed (wang, shuqun, wang-shuqun). */
const LATIN = /^[a-z'-]+$/i;

/** A pinyin written without spaces, hyphens or capitals, both ways round if its syllables are known. */
function pinyinKeys(pinyin: string): string[] {
  const parts = pinyin.toLowerCase().split('-');
  const keys = [parts.join('')];
  // Surname last, as names are written in English: Shuqun Wang.
  if (parts.length > 1) keys.push([...parts.slice(1), parts[0]].join(''));
  return keys;
}

/**
 * The names to put in for the words of `unsure` (in the query's order) that are a person's
 * name (in `people`) with one character after the first off, or any name's pinyin (in
 * `people` or `others`), each once. A word that could be either of two names is left as it is.
 */
export function nameFixes(unsure: string[], people: Name[], others: Name[] = []): NameFix[] {
  const byPinyin = new Map<string, Set<string>>();
  for (const [name, pinyin] of [...people, ...others])
    if (pinyin) for (const key of pinyinKeys(pinyin)) byPinyin.set(key, (byPinyin.get(key) ?? new Set()).add(name));
  const known = new Set([...people, ...others].map(([name]) => name));
  const persons = [...new Set(people.map(([name]) => name).filter((name) => HAN.test(name)))].map((name) => [...name]);
  const fixes: NameFix[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < unsure.length; i++) {
    const word = unsure[i]!;
    const fix = LATIN.test(word) ? byPinyinOf(unsure, i, byPinyin) : known.has(word) ? undefined : oneOff(word, persons);
    const key = fix?.words.join(' ');
    if (!fix || seen.has(key!)) continue;
    seen.add(key!);
    fixes.push(fix);
    if (fix.words.length > 1) i += fix.words.length - 1;
  }
  return fixes;
}

/** The one name whose pinyin the Latin words from `at` spell, the longest run first (wang shuqun). */
function byPinyinOf(unsure: string[], at: number, byPinyin: Map<string, Set<string>>): NameFix | undefined {
  let end = at;
  while (end < unsure.length && LATIN.test(unsure[end]!)) end++;
  for (; end > at; end--) {
    const words = unsure.slice(at, end);
    const found = byPinyin.get(words.join('').replace(/['-]/g, '').toLowerCase());
    if (found?.size === 1) return { words, typed: words.join(' '), name: [...found][0]! };
  }
  return undefined;
}

/**
 * The one person whose name is the word, or the start of it, with one character after the
 * first (the surname) off; the longest such name.
 */
function oneOff(word: string, persons: string[][]): NameFix | undefined {
  const chars = [...word];
  if (!HAN.test(word)) return undefined;
  for (let n = chars.length; n >= 3; n--) {
    const typed = chars.slice(0, n);
    // It starts with a name spelt right (李庆恒师傅): nothing to put right.
    if (persons.some((name) => name.join('') === typed.join(''))) return undefined;
    const near = persons.filter((name) => name.length === n && name[0] === typed[0] && name.filter((c, j) => c !== typed[j]).length === 1);
    if (near.length === 1) return { words: [word], typed: typed.join(''), name: near[0]!.join('') };
    if (near.length > 1) return undefined;
  }
  return undefined;
}
