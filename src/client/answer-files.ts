/**
 * The search page's answer data, fetched as queries need it (answer.ts, `split` and
 * `wanted`): the index once, then each file a query wants, once for each index read. A file
 * of another build (its stamp differs, or the index names a file the site no longer has)
 * makes the next query read the index again; a file that failed otherwise is fetched again
 * when next wanted. `get` is `fetch` on the page; test/unit/search-answer.test.ts passes a
 * site of its own.
 */
import {
  type AnswerIndex,
  type AnswerPieces,
  type AnswerShard,
  addPieces,
  addShard,
  type Parsed,
  type Prepared,
  prepare,
  StaleAnswerData,
  wanted,
} from './answer.ts';

export function answerLoader(get: (path: string) => Promise<Response>) {
  async function json<T>(path: string): Promise<T> {
    const r = await get(path);
    if (r.status === 404) throw new StaleAnswerData();
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.json() as Promise<T>;
  }

  let current: Promise<Prepared | undefined> | undefined;
  /** The index, prepared; undefined while the site has none to give (asked again next time). */
  function index(): Promise<Prepared | undefined> {
    current ??= json<AnswerIndex>('/search/answers.json')
      .then(prepare)
      .catch(() => {
        current = undefined;
        return undefined;
      });
    return current;
  }

  // Kept for each index: a file is loaded into the index it was fetched for, and an index
  // read later fetches its own.
  const loaded = new WeakMap<Prepared, Map<string, Promise<void>>>();
  function file<T>(p: Prepared, name: string, add: (file: T) => void): Promise<void> {
    const mine = loaded.get(p) ?? new Map<string, Promise<void>>();
    loaded.set(p, mine);
    let loading = mine.get(name);
    if (!loading) {
      loading = json<T>(`/search/answers/${name}.json`).then(add);
      loading.catch(async (error) => {
        mine.delete(name);
        if (error instanceof StaleAnswerData && (await current) === p) current = undefined;
      });
      mine.set(name, loading);
    }
    return loading;
  }

  /** Loads the figures a query may be answered by: two rounds at most (pieces, then figures). */
  async function loadFor(parsed: Parsed, p: Prepared): Promise<void> {
    for (let w = wanted(parsed, p); w.buckets.length + w.shards.length > 0; w = wanted(parsed, p)) {
      const before = p.shards.size + p.buckets.size;
      await Promise.all([
        ...w.buckets.map((b) => file(p, `pieces-${b}`, (f: AnswerPieces) => addPieces(p, b, f))),
        ...w.shards.map((i) => file(p, String(i), (f: AnswerShard) => addShard(p, i, f))),
      ]);
      // A round that loaded nothing would be asked for again without end.
      if (p.shards.size + p.buckets.size === before) throw new Error('answer files: a round loaded nothing');
    }
  }

  return { index, loadFor };
}
