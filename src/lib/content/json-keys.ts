/**
 * Duplicate keys in JSON. `JSON.parse` keeps the last of two equal keys in one object and
 * says nothing, so a figure written with two `value`s would lose one silently. This scans
 * the text once, tracking where it is, and names each key that appears twice in one object.
 */

/** An object being read (its keys so far and the key whose value comes next), or an array. */
type Frame = { keys: Set<string>; key: string } | { index: number };

const pathOf = (stack: Frame[], last?: string) =>
  [...stack.map((f) => ('index' in f ? f.index : f.key)), ...(last === undefined ? [] : [last])]
    .slice(1) // the first frame is the root container, which has no key of its own
    .reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

/**
 * The paths ("figures[2].value") of keys repeated within one object. `text` must already be
 * valid JSON (parse it first): the scan then only has to tell strings from structure.
 */
export function duplicateKeys(text: string): string[] {
  const colon = /\s*:/y;
  const stack: Frame[] = [{ index: 0 }];
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push({ keys: new Set(), key: '' });
    else if (c === '[') stack.push({ index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top && 'index' in top) top.index++;
    } else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(i, end + 1);
      i = end;
      // A string followed by a colon is a key of the object it sits in.
      const top = stack.at(-1);
      colon.lastIndex = end + 1;
      if (top && 'keys' in top && colon.test(text)) {
        const key = JSON.parse(raw) as string; // so "a" and "\u0061" count as the same key
        if (top.keys.has(key)) found.push(pathOf(stack.slice(0, -1), key));
        top.keys.add(key);
        top.key = key;
      }
    }
  }
  return found;
}
