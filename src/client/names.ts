/**
 * Names typed not quite right: a name of three or more characters with one character off
 * (王路清 for 王露清, 萧山技师学校 for 萧山技师学院), or a name in pinyin, in syllables or
 * surname last (wang shuqun, Shuqun Wang). The search page asks for this only when a word of
 * the query is on none of its first results (src/client/search.ts), and searches again with
 * the name put right, saying so. Pure: test/unit/search-names.test.ts runs it as it is.
 */

/** A name a page goes by, and its pinyin (syllables joined by hyphens where known: wang-shuqun). */
export type Name = [name: string, pinyin?: string | undefined];

/** /search/names.json: every craftsman's and person's name, with the pinyin of its page's address. */
export interface NamesFile {
  names: Name[];
}

const HAN = /^\p{Script=Han}+$/u;

/** A pinyin written without spaces, hyphens or capitals, both ways round if its syllables are known. */
function pinyinKeys(pinyin: string): string[] {
  const parts = pinyin.toLowerCase().split('-');
  const keys = [parts.join('')];
  // Surname last, as names are written in English: Shuqun Wang.
  if (parts.length > 1) keys.push([...parts.slice(1), parts[0]].join(''));
  return keys;
}

/**
 * The query with its slightly wrong names put right, and what was put right ([typed, name]),
 * or undefined if nothing was. Only the words in `unsure` are read, a name is put in for one
 * character off only if it has `least` characters or more, and a word that could be either of
 * two names is left as it is.
 */
export function correctNames(
  q: string,
  unsure: string[],
  names: Name[],
  least = 3,
): { text: string; fixes: [string, string][] } | undefined {
  const byPinyin = new Map<string, Set<string>>();
  const byLength = new Map<number, Set<string>>();
  for (const [name, pinyin] of names) {
    if (pinyin) for (const key of pinyinKeys(pinyin)) byPinyin.set(key, (byPinyin.get(key) ?? new Set()).add(name));
    const n = [...name].length;
    if (n >= least && HAN.test(name)) byLength.set(n, (byLength.get(n) ?? new Set()).add(name));
  }
  const known = new Set(names.map(([name]) => name));
  const fixes: [string, string][] = [];
  let text = q;
  for (const word of unsure) {
    const fix = /^[a-z\s'-]+$/i.test(word) ? byPinyinOf(word, unsure, byPinyin) : oneOff(word, byLength, known);
    if (fix && text.includes(fix[0])) {
      text = text.replace(fix[0], fix[1]);
      fixes.push(fix);
    }
  }
  return fixes.length > 0 ? { text, fixes } : undefined;
}

/** The name whose pinyin a Latin word spells, with the Latin words next to it in the query (wang shuqun). */
function byPinyinOf(word: string, unsure: string[], byPinyin: Map<string, Set<string>>): [string, string] | undefined {
  const latin = unsure.filter((w) => /^[a-z'-]+$/i.test(w));
  const at = latin.indexOf(word);
  // The longest run of Latin words starting here that spells one name.
  for (let end = latin.length; end > at; end--) {
    const run = latin.slice(at, end);
    const found = byPinyin.get(run.join('').replace(/['-]/g, '').toLowerCase());
    if (found?.size === 1) return [run.join(' '), [...found][0]!];
  }
  return undefined;
}

/**
 * The one known name that differs from a stretch of the word in exactly one character, where
 * that character is no part of a name the word spells right: 上海临港 is no typo of 上海市.
 */
function oneOff(word: string, byLength: Map<number, Set<string>>, known: Set<string>): [string, string] | undefined {
  const chars = [...word];
  const right = new Set<number>();
  for (let i = 0; i < chars.length; i++)
    for (let j = i + 2; j <= chars.length; j++) if (known.has(chars.slice(i, j).join(''))) for (let k = i; k < j; k++) right.add(k);
  for (const [n, names] of [...byLength].sort((a, b) => b[0] - a[0])) {
    for (let i = 0; i + n <= chars.length; i++) {
      const typed = chars.slice(i, i + n);
      const stretch = typed.join('');
      if (known.has(stretch) || !HAN.test(stretch)) continue;
      const near = [...names].filter((name) => {
        const off = [...name].flatMap((c, j) => (c === typed[j] ? [] : [i + j]));
        return off.length === 1 && !right.has(off[0]!);
      });
      if (near.length === 1) return [stretch, near[0]!];
    }
  }
  return undefined;
}
