import type { Name, NamesFile } from '../../client/names.ts';
import { craftsmen, people } from '../../queries/collections.ts';

/** An address in pinyin syllables (wang-shuqun), not one such as zhang-jianping-2. */
const PINYIN = /^[a-z]+(?:-[a-z]+)+$/;

/**
 * /search/names.json: every craftsman's and person's name, with the pinyin of its page's
 * address, which the search page fetches only to put right a name a query gets slightly wrong
 * (src/client/names.ts).
 */
export async function GET() {
  // Two people of one name, neither with a pinyin address, are one entry.
  const names = new Map<string, Name>();
  for (const e of [...(await craftsmen()), ...(await people())]) {
    const name: Name = PINYIN.test(e.id) ? [e.data.name, e.id] : [e.data.name];
    names.set(name.join(' '), name);
  }
  return Response.json({ names: [...names.values()] } satisfies NamesFile);
}
