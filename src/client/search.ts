/**
 * The search page (/search/?q=…&type=…): a direct answer first when the query names a figure
 * (src/client/answer.ts, from /search/answers.json and the files under /search/answers/), then
 * Pagefind's results, twenty at a time with a 更多结果 button, with highlighted excerpts, counts
 * by type as filter buttons, and the query kept in the URL so a search can be linked. Arrow
 * keys move through the answer and the results; Enter opens one. When nothing matches, it
 * says so and offers the nearest figures.
 */
import {
  type AnswerFigure,
  type AnswerOwner,
  answer,
  asksNumber,
  DETERMINER,
  escapeRegExp,
  isAscii,
  PARTICLES,
  type Parsed,
  type Prepared,
  parse,
  type Sibling,
  wanted,
} from './answer.ts';
import { answerLoader } from './answer-files.ts';
import { cleanExcerpt } from './excerpt.ts';
import { type Name, type NameFix, type NamesFile, nameFixes } from './names.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  meta: Record<string, string>;
}
interface Search {
  results: { id: string; data(): Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<Search | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const statusEl = document.querySelector<HTMLElement>('#search-status')!;
const filterBox = document.querySelector<HTMLElement>('[data-search-filters]')!;
const answerBox = document.querySelector<HTMLElement>('[data-search-answer]')!;
const moreBox = document.querySelector<HTMLElement>('[data-search-more]')!;
const missBox = document.querySelector<HTMLElement>('[data-search-miss]')!;
const fixBox = document.querySelector<HTMLElement>('[data-search-fix]')!;
const TYPE = '类型';
const PAGE = 20;
/** A page type no page has, for a search that only counts (see `unmatched`). */
const NO_TYPE = '（无）';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/**
 * The query without stand-alone particles (answer.ts's PARTICLES: “临港的工匠计划” must not
 * match every page that contains 的, and “申通地铁” keeps its 地, inside a word), nor
 * the words of `asking` (the question words of data/search-terms.json, longest first), as
 * `parse` reads them: “王露清是谁” must not find nothing because no page says 谁, nor
 * “什么时候” leave 时候 behind.
 */
const meaningful = (q: string, asking: string[] = []) =>
  [...segmenter.segment(asking.reduce((text, w) => text.replaceAll(w, ' '), q))]
    .map((s) => s.segment)
    .filter((w) => !PARTICLES.has(w))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The words of a query that say what it is about: a run of single characters (a name the
 * segmenter does not know, 何梁何利奖) as one word, a lone one (教, 拿) and a demonstrative
 * (那个) left out.
 */
function aboutWords(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const end = () => {
    if ([...run].length > 1) out.push(run);
    run = '';
  };
  for (const w of segmenter.segment(text)) {
    if (!w.isWordLike) end();
    else if ([...w.segment].length === 1) run += w.segment;
    else {
      end();
      if (!DETERMINER.test(w.segment)) out.push(w.segment);
    }
  }
  end();
  return out;
}

/**
 * The pages that each word's own search found, those holding the most of the words (a word
 * weighing its length in characters) first, then by their place in the first word's results
 * that found them; only those holding at least `least` of the words' weight.
 */
function mostWords(words: string[], found: (Search | null)[], least = 0): Search {
  const tally = new Map<string, { result: Search['results'][number]; weight: number; at: number }>();
  found.forEach((s, w) => {
    for (const [at, result] of (s?.results ?? []).entries()) {
      const seen = tally.get(result.id);
      if (seen) seen.weight += [...words[w]!].length;
      else tally.set(result.id, { result, weight: [...words[w]!].length, at });
    }
  });
  const all = words.join('').length;
  const results = [...tally.values()]
    .filter((t) => t.weight >= least * all)
    .sort((a, b) => b.weight - a.weight || a.at - b.at)
    .map((t) => t.result);
  return { results, filters: {}, unfilteredResultCount: results.length };
}

let pagefind: Promise<Pagefind> | undefined;
const load = () =>
  (pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short entity pages and their names (title, keywords metadata) outrank long pages that merely mention them.
    await pf.options({ excerptLength: 36, ranking: { pageLength: 0.3, metaWeights: { title: 20, keywords: 50 } } });
    await pf.filters(); // loads the filter index, so that type counts come with every search
    return pf;
  })());

/** The answer data (answer-files.ts); a page without it still searches, without direct answers. */
const answers = answerLoader((path) => fetch(path));

/** The names of /search/names.json, fetched the first time a query may get a name wrong; none if it fails. */
let peopleNames: Promise<Name[]> | undefined;
const loadNames = () =>
  (peopleNames ??= fetch('/search/names.json')
    .then((r) => (r.ok ? (r.json() as Promise<NamesFile>) : Promise.reject(new Error(String(r.status)))))
    .then((f) => f.names)
    .catch(() => {
      peopleNames = undefined; // tried again by the next query
      return [];
    }));

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
let type = params.get('type') ?? '';
/** 'date': newest first, by the date in each page's 日期 sort key; '': by relevance. */
let sort = params.get('sort') === 'date' ? 'date' : '';
let seq = 0;

function setUrl(q: string) {
  const u = new URL(location.href);
  u.searchParams.set('q', q);
  if (type) u.searchParams.set('type', type);
  else u.searchParams.delete('type');
  if (sort) u.searchParams.set('sort', sort);
  else u.searchParams.delete('sort');
  history.replaceState(null, '', u);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

function renderFilters(counts: Record<string, number>, total: number, q: string, how: How) {
  filterBox.replaceChildren();
  if (!total) return;
  const group = el('div', { className: 'filter-nav', role: 'group' });
  group.setAttribute('aria-label', '按类型筛选');
  const entries: [string, number][] = [
    ['', total],
    ...Object.entries(counts)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]),
  ];
  for (const [value, n] of entries) {
    const b = el('button', { type: 'button', textContent: `${value || '全部'}（${n}）` });
    b.setAttribute('aria-pressed', String(type === value));
    b.addEventListener('click', () => {
      type = value;
      run(q, how);
    });
    group.append(b);
  }
  const byDate = el('button', { type: 'button', textContent: sort ? '按相关度排序' : '按时间排序（新→旧）' });
  byDate.addEventListener('click', () => {
    sort = sort ? '' : 'date';
    run(q, how);
  });
  group.append(byDate);
  filterBox.append(group);
}

/** A figure as a link with its value: “已开展职业技能培训 34840人次”. */
const figureLink = (f: Sibling) => el('a', { href: `/figures/${f.id}/`, textContent: `${f.title}` });

/** An answer card: what kind of answer it is, its page as the heading (linked), and what it says. */
function showCard(kind: string, href: string, title: string, ...body: Node[]) {
  const link = el('a', { href, textContent: title });
  link.dataset.answerLink = '';
  const card = el(
    'section',
    { className: 'card search-answer' },
    el('p', { className: 'eyebrow', textContent: `直接回答 · ${kind}` }),
    el('h2', { id: 'answer-h' }, link),
    ...body,
  );
  card.setAttribute('aria-labelledby', 'answer-h');
  answerBox.replaceChildren(card);
}

/**
 * The direct answer: the value as the report words it, what it counts, when it stands and how
 * sure that date is, the source, the permalink, and its siblings (whole and parts, target and
 * result) as “more like this”.
 */
function renderAnswer(f: AnswerFigure, p: Prepared, overview?: AnswerOwner) {
  const source = p.data.sources[f.source]!;
  const kids: Node[] = [
    el(
      'p',
      { className: 'stat stat-solo' },
      el('span', { className: 'label', textContent: f.label }),
      el('span', { className: 'value', textContent: f.wording }),
      el('span', { className: 'meta', textContent: f.when }),
    ),
    el('p', { textContent: f.counts }),
    el(
      'p',
      { className: 'small' },
      '来源：',
      el('a', { href: source.href, textContent: source.title }),
      `　固定链接：`,
      el('a', { href: `/figures/${f.id}/`, textContent: `/figures/${f.id}/` }),
    ),
  ];
  const more = f.related;
  if (more.length > 0) {
    const ul = el(
      'ul',
      { className: 'small' },
      ...more.map((g) => el('li', {}, el('span', { className: 'tag', textContent: g.kindLabel }), ' ', figureLink(g))),
    );
    kids.push(el('p', { className: 'small muted', textContent: '同类数字：' }), ul);
  }
  // The query also asked about the place or body as a whole (上海市 企业技能评价 工作成效).
  if (overview) {
    const page = el('a', { href: overview.href, textContent: overview.names[0]! });
    page.dataset.answerLink = '';
    kids.push(el('p', {}, `${overview.names[0]!}的整体情况见专页：`, page));
  }
  showCard(f.kindLabel, `/figures/${f.id}/`, f.title, ...kids);
}

/**
 * The answer to a question about a place or body as a whole (“闵行区 工作概况”): its own page,
 * with the figures nearest to the rest of the words. `own`: the figures are the owner's own,
 * its key ones first (its showcase leads with them: “主要” only when all shown are), the
 * query's words having matched none.
 */
function renderOverview(o: AnswerOwner, near: AnswerFigure[], own: boolean) {
  const kids: Node[] = [
    // No figure near means the owner has none (its key figures are offered when the words match none).
    el('p', {
      textContent:
        near.length > 0
          ? `${o.names[0]!}的专页，列出本站与之相关的数字和报道，每个数字都注明来源。`
          : `${o.names[0]!}的专页，有本站对它的介绍和相关报道；本站没有记在它名下的数字。`,
    }),
  ];
  if (near.length > 0)
    kids.push(
      el('p', {
        className: 'small muted',
        textContent: own ? `${o.names[0]!}的${near.every((f) => f.key) ? '主要' : ''}数字：` : '与搜索的词最接近的数字：',
      }),
      el('ul', { className: 'small' }, ...near.map((f) => el('li', {}, figureLink(f)))),
    );
  showCard('专页', o.href, o.names[0]!, ...kids);
}

/** A kind of page asked of one place (萧山 工匠, 萧山有哪些能工巧匠): the list of them. */
function renderListing(o: AnswerOwner, type: string, href: string) {
  showCard('列表', href, `${o.names[0]!}的${type}`, el('p', { textContent: `列出本站收录的${o.names[0]!}全部${type}的专页。` }));
}

/**
 * A share no report gives, which a chart of the site computes from the report's figures: the
 * chart, said to be the site's own number, and the figure it is computed from.
 */
function renderComputed(f: AnswerFigure, chart: { title: string; href: string }) {
  showCard(
    '本站计算',
    chart.href,
    chart.title,
    el('p', { textContent: '报道没有给出这个占比。图表中的占比由本站用报道的数字算出。' }),
    el('p', { className: 'small' }, '所依据的数字：', figureLink(f)),
  );
}

/** When the query asked for a number and no figure answers it: say so, and offer the nearest. */
function renderMiss(q: string, parsed: Parsed, near: AnswerFigure[], p: Prepared, found: number) {
  missBox.replaceChildren();
  // A number was asked, or words of a place: not a person's or body's name with other words
  // (王露清 保电), which their page and the results answer, nor a kind of page of a place (普陀 工匠).
  const places = parsed.owners.map((o) => p.data.owners[o]!).filter((o) => o.href.startsWith('/districts/'));
  const asked = parsed.chunks.length > 0 && (asksNumber(parsed.intents) || (places.length > 0 && !parsed.pageType));
  if (found > 0 && !asked) return;
  const kids: Node[] = [
    el('p', {
      textContent:
        found > 0 ? `本站没有与“${q}”直接对应的数字。下面的结果只是含有这些词的页面，不是答案。` : `本站没有与“${q}”相关的内容。`,
    }),
  ];
  if (near.length > 0)
    kids.push(
      el('p', { className: 'small', textContent: '最接近的数字：' }),
      el('ul', { className: 'small' }, ...near.map((f) => el('li', {}, figureLink(f)))),
    );
  for (const o of places)
    kids.push(el('p', { className: 'small' }, '这个地区的全部数字与报道：', el('a', { href: o.href, textContent: o.names[0]! })));
  if (found === 0)
    kids.push(
      el('p', {
        className: 'small',
        textContent: '也可以试试更短的词（如只输入姓名或机构简称）、换一个说法，或浏览工匠、各区和全部数字目录。',
      }),
    );
  missBox.append(el('section', { className: 'card search-miss' }, ...kids));
}

/** A listing (/charts/, /figures/2/): it lists items that should come before it. */
const isListing = (url: string) => /^\/[^/]+\/(?:\d+\/)?$/.test(url);

type Result = Search['results'][number];
/**
 * The results being shown; `answered`, the answer card's page (and what it is: 数字, 专页) when
 * the card above them is one result more, dropped from the results when the first page finds
 * it there; `unsure`, the query's `words` that none of the first page's results contains, and
 * `unmatched`, those that no page contains (looked for when `check`), so results that match
 * only the others are not taken for an answer (“北京 工匠”).
 */
let current:
  | {
      results: Result[];
      shown: number;
      mine: number;
      chunks: string[];
      /** The names of each place, person or body the query named, as a title may write it. */
      named: string[][];
      answered: { url: string; what: string } | undefined;
      /** Sorted by date: how many pages the query finds that have no date to sort by. */
      undated: number;
      words: string[];
      /** The query as read (simplified, typos put right), to find the names it holds. */
      text: string;
      unsure: string[];
      unmatched: string[];
      check: boolean;
    }
  | undefined;

/**
 * A run of four or more short terms joined by 、, or of very short ones each ended by 。 as
 * the items of a list are (李庆恒。陆立军。王露清。工作室。): a page's list of keywords, names or links, which
 * Pagefind picks as the excerpt because every word of the query is in it.
 */
const TERM_LIST = /(?:[^。，；、\s<>]{1,14}、){4,}|(?:[^。，；、：\s<>]{1,8}。){4,}/;

function resultItem(r: PagefindResult) {
  const a = el('a', { href: r.url, textContent: r.meta.title ?? r.url });
  const p = el('p', { className: 'small' });
  const excerpt = cleanExcerpt(r.excerpt, r.content);
  // Such an excerpt says nothing about the page: its own one-line description does.
  if (TERM_LIST.test(excerpt.replace(/<\/?mark>/g, '')) && r.meta.description) p.textContent = r.meta.description;
  else p.innerHTML = excerpt; // Pagefind's excerpt: page text with <mark> around matches
  return el('li', { className: 'card' }, el('span', { className: 'tag' }, r.meta[TYPE] ?? '页面'), ' ', a, p);
}

/** The words of a query that none of the results on a page contains. */
function notOn(words: string[], page: PagefindResult[]) {
  const text = page.map((r) => `${r.meta.title ?? ''} ${r.content}`.toLowerCase());
  // A Latin word only where a word starts (“ai” is not in “training”), as Pagefind matches it.
  const holds = (t: string, w: string) => (isAscii(w) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(w)}`).test(t) : t.includes(w));
  return words.filter((w) => !text.some((t) => holds(t, w.toLowerCase())));
}

/**
 * The words of a query that no page contains: Pagefind leaves such a word out and shows what
 * the others find (“北京 工匠” finds the 工匠 pages). A word on a result's own page is found
 * (`unsure` holds the others); any other is looked up alone, with a type no page has: Pagefind
 * then counts its pages without ranking them (at 10,000 profiles, 50 ms for 长宁's 1,764
 * pages instead of 110–130).
 */
async function unmatched(unsure: string[]) {
  const pf = await load();
  const counts = await Promise.all(unsure.map((w) => pf.search(w, { filters: { [TYPE]: NO_TYPE } })));
  return unsure.filter((_, i) => !counts[i]?.unfilteredResultCount);
}

/**
 * Loads and shows the next page of results (the first page's data may be `loaded` already).
 * Within a page, a result whose title holds every word of the query comes before one that
 * only mentions them, and listings come last.
 */
async function showMore(focusFirst: boolean, loaded?: PagefindResult[]) {
  const c = current;
  if (!c) return;
  // The first page looks one result further: the answer card's own page, if among them, goes.
  const first = c.shown === 0 && c.answered !== undefined;
  const loading = c.results.slice(c.shown, c.shown + PAGE + (first ? 1 : 0));
  let data = loaded ?? (await Promise.all(loading.map((r) => r.data())));
  if (c.mine !== seq) return;
  if (first) {
    const at = data.findIndex((r) => r.url === c.answered?.url);
    if (at >= 0) {
      c.results.splice(c.shown + at, 1);
      data.splice(at, 1);
    }
    data = data.slice(0, PAGE);
  }
  if (c.shown === 0 && !loaded) c.unsure = notOn(c.words, data);
  if (c.shown === 0 && c.check) c.unmatched = await unmatched(c.unsure);
  if (c.mine !== seq) return;
  // A title that holds all that was typed: the words, quotation marks and other punctuation
  // aside (“一十百千万”职工技能登高计划 is the name typed without them), and the place, person
  // or body named, by any of its names (浦东新区 技能等级认定 is not Shanghai's 技能等级认定).
  const unpunctuated = (t: string) => t.replace(/[\p{P}\s]/gu, '');
  const inTitle = (r: PagefindResult) => {
    const title = unpunctuated(r.meta.title ?? '');
    return (
      c.chunks.length > 0 &&
      c.chunks.every((w) => title.includes(unpunctuated(w))) &&
      c.named.every((names) => names.some((n) => title.includes(unpunctuated(n))))
    );
  };
  // Or a page the query names that the answer does not read as a place, person or body it
  // asks about: the title, or the name before its colon (王露清：电力抢修), is in the query
  // (就业促进中心周国良讲话说了啥 names 周国良). A figure's title starts with its owner's name
  // (临港：…): the owner named is no name of the figure.
  const owners = new Set(c.named.flat().map(unpunctuated));
  const named = (r: PagefindResult) => {
    const name = unpunctuated((r.meta.title ?? '').split('：')[0]!);
    return [...name].length >= 2 && !owners.has(name) && unpunctuated(c.text).includes(name);
  };
  const rank = (r: PagefindResult) => (isListing(r.url) ? 2 : inTitle(r) || named(r) ? 0 : 1);
  const ordered = data.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i);
  const items = ordered.map(({ r }) => resultItem(r));
  // The first page replaces the last query's results only now, so they never blink empty.
  if (c.shown === 0) list.replaceChildren(...items);
  else list.append(...items);
  c.shown += data.length;
  moreBox.replaceChildren();
  const left = c.results.length - c.shown;
  if (left > 0) {
    const b = el('button', { type: 'button', textContent: `更多结果（还有 ${left} 个）` });
    b.addEventListener('click', () => void showMore(true));
    moreBox.append(b);
  }
  // The type counts above include the answered page: the count here says it is apart.
  const missing = c.unmatched.length > 0 ? `没有找到含“${c.unmatched.join('”“')}”的内容；下面的结果只含其余的词。` : '';
  // Sorted by date, Pagefind lists only the pages that have one; the counts above hold them all.
  const undated = c.undated > 0 ? `另有 ${c.undated} 个页面没有日期，按时间排序时不列出。` : '';
  statusEl.textContent = `${missing}${c.answered ? `除上面的${c.answered.what}外，还` : ''}找到 ${c.results.length} 个结果${c.shown < c.results.length ? `，显示前 ${c.shown} 个` : ''}。${undated}`;
  if (focusFirst) items[0]?.querySelector('a')?.focus();
}

/**
 * The results are busy from the query until the last of its results is shown: assistive
 * technology waits for the list to settle, and so can a test.
 */
async function run(q: string, how: How = {}) {
  const mine = ++seq;
  list.setAttribute('aria-busy', 'true');
  try {
    await searchFor(q, mine, how);
  } catch {
    // Pagefind could not load or search (offline, or its files replaced by a new build while
    // the page was open): say so, rather than stay “正在搜索…”.
    if (mine === seq) {
      list.replaceChildren();
      moreBox.replaceChildren();
      statusEl.textContent = '搜索暂时无法完成，请刷新页面后再试；也可以浏览工匠、各区和全部数字目录。';
    }
  } finally {
    if (mine === seq) list.removeAttribute('aria-busy');
  }
}

/**
 * How a query is searched: as typed, with a name it gets slightly wrong put right if no figure
 * answers it and the word is on none of the first results; `fixed`, put right from what was
 * typed; `exact`, as typed and no more (the reader asked for that).
 */
interface How {
  fixed?: { typed: string; fixes: NameFix[] };
  exact?: boolean;
}

/** Says which names a search put right, with a way back to the words as typed. */
function showFix(fixed: How['fixed']) {
  fixBox.hidden = !fixed;
  if (!fixed) return fixBox.replaceChildren();
  const back = el('button', { type: 'button', textContent: `仍按“${fixed.typed}”搜索` });
  back.addEventListener('click', () => run(fixed.typed, { exact: true }));
  const said = fixed.fixes.map((f) => `没有找到“${f.typed}”，下面按“${f.name}”搜索`).join('；');
  fixBox.replaceChildren(`${said}。`, back);
}

/** The query's words with the names put in, each where the words it was found in (read as `meaningful` reads them) are. */
function putRight(text: string, fixes: NameFix[], asking: string[]): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const fix = fixes.find((f) => f.words.every((w, j) => meaningful(words[i + j] ?? '', asking).toLowerCase() === w.toLowerCase()));
    if (!fix) out.push(words[i]!);
    else if (fix.words.length > 1) out.push(fix.name);
    else out.push(words[i]!.replace(fix.typed, fix.name));
    if (fix) i += fix.words.length - 1;
  }
  return out.join(' ');
}

/** The names search puts right words for: people's (/search/names.json), and the answer data's owners' pinyin. */
async function knownNames(p: Prepared | undefined): Promise<{ people: Name[]; others: Name[] }> {
  const others = (p?.data.owners ?? []).flatMap((o): Name[] => (o.pinyin ? [[o.names[0]!, o.pinyin]] : []));
  return { people: await loadNames(), others };
}

async function searchFor(q: string, mine: number, how: How) {
  q = q.trim();
  setUrl(how.fixed?.typed ?? q);
  showFix(how.fixed);
  if (!q) {
    list.replaceChildren();
    filterBox.replaceChildren();
    answerBox.replaceChildren();
    moreBox.replaceChildren();
    missBox.replaceChildren();
    statusEl.textContent = '输入关键词开始搜索。';
    return;
  }
  statusEl.textContent = '正在搜索…';
  const p = await answers.index();
  if (mine !== seq) return;
  const parsed = p ? parse(q, p) : undefined;
  // A card left from an earlier query answers that query: it goes while this one's figures load.
  const w = p && parsed ? wanted(parsed, p) : undefined;
  if (w && w.buckets.length + w.shards.length > 0) answerBox.replaceChildren();
  // The answer first, as the reader types: shown as soon as the figures it needs are loaded,
  // whether or not Pagefind has answered.
  const answering = (p && parsed ? answers.loadFor(parsed, p).then(() => answer(q, p)) : Promise.resolve(undefined))
    .catch(() => undefined)
    .then((found) => {
      if (mine !== seq) return found;
      if (found?.answer && p && !type)
        renderAnswer(found.answer.figure, p, found.overview === undefined ? undefined : p.data.owners[found.overview]);
      else if (found?.listing && p && !type) renderListing(p.data.owners[found.listing.owner]!, found.listing.type, found.listing.href);
      else if (found?.computed && p && !type) renderComputed(found.computed.figure, found.computed.chart);
      else if (found?.overview !== undefined && p && !type)
        renderOverview(
          p.data.owners[found.overview]!,
          found.near.map((s) => s.figure),
          found.near.every((s) => s.match === 0),
        );
      else answerBox.replaceChildren();
      return found;
    });
  const pf = await load();
  if (mine !== seq) return;
  // Pagefind searches the site's own words: simplified, typos and English read, without the
  // question words (一共多少家, 如何) that no page contains, and without particles.
  const asked = new Set(parsed?.intentWords ?? []);
  const asking = p?.questionWords ?? [];
  const terms = meaningful(
    (parsed?.text ?? q)
      .split(' ')
      .filter((w) => !asked.has(w))
      .join(' ') ||
      (parsed?.text ?? q),
    asking,
  );
  const none: Search = { results: [], filters: {}, unfilteredResultCount: 0 };
  const opts = (filter?: string) => ({
    ...(filter ? { filters: { [TYPE]: filter } } : {}),
    ...(sort ? { sort: { 日期: 'desc' as const } } : {}),
  });
  /** Each word searched alone: the pages holding most of them (see `mostWords`). */
  const holdingMost = async (words: string[], filter?: string, least = 0) =>
    mostWords(words, await Promise.all(words.map((w) => pf.search(w, opts(filter)))), least);
  // A word that asks for a kind of page (“萧山 师傅”), or a question about a number, puts
  // those pages first.
  const firstType = type
    ? undefined
    : parsed?.pageType
      ? parsed.pageType
      : parsed && asksNumber(parsed.intents)
        ? { type: '数字', rest: terms }
        : undefined;
  // The searches whose results are shown go to Pagefind together: each waits for its index
  // chunks while another is scored.
  const searching = terms ? pf.search(terms, opts(type)) : null;
  const counting = type && terms ? pf.search(terms) : undefined;
  const typing = firstType?.rest ? pf.search(firstType.rest, opts(firstType.type)) : undefined;
  // Awaited below, after the answer: a failure meanwhile is not left unhandled.
  for (const s of [searching, counting, typing]) s?.catch(() => {});
  const found = await answering;
  let search = (await searching) ?? none;
  // “萧山 技能大师工作室 一共多少家”: a question word inside a word is no page's word either.
  // Still nothing: the query's words less the last, one by one, while two thirds of it (in
  // characters) is left, so that “萧山 培训 人次” still shows what 萧山 and 培训 find (the miss
  // note says they are not an answer) and a question typed as one run (行行出状元擂台赛从哪年开始办)
  // loses its words one at a time, not whole; and then the pages that hold most of its words,
  // each searched alone (全市第一家民营企业认定机构: no page says 全市 with the rest).
  if (search.results.length === 0 && parsed && parsed.chunks.length + parsed.owners.length > 0) {
    // A word that asks for a kind of page, typed onto a name (李庆恒师傅), is no page's word.
    const kinds = [...p!.pageTypes.keys()];
    const bare = (c: string) => kinds.find((k) => c.endsWith(k) && c.length > k.length + 1)?.length ?? 0;
    const left = [
      ...parsed.owners.map((o) => p!.data.owners[o]!.names[0]!),
      ...parsed.chunks.flatMap((c) =>
        [...segmenter.segment(c.slice(0, c.length - bare(c)))].filter((w) => w.isWordLike).map((w) => w.segment),
      ),
    ];
    const words = [...left];
    const weight = (ws: string[]) => ws.join('').length;
    while (search.results.length === 0 && left.length > 0 && 3 * weight(left) >= 2 * weight(words)) {
      search = (await pf.search(left.join(' '), opts(type))) ?? none;
      left.pop();
    }
    if (search.results.length === 0 && words.length > 1) search = await holdingMost(words, type);
  }
  // Few pages hold every word: a word of one character may be a verb no page writes the
  // reader's way, and 那个 points at what no page names so (教直播带货的那个校长). The pages
  // that hold most of the other words follow, a name the segmenter splits into characters
  // (何梁何利奖) kept whole. Not when the reader asked for the words as typed.
  const others = aboutWords(terms);
  if (search.results.length > 0 && search.results.length < 3 && others.length > 1 && !how.exact) {
    const more = await holdingMost(others, type);
    const had = new Set(search.results.map((r) => r.id));
    const widened = [...search.results, ...more.results.filter((r) => !had.has(r.id))];
    // Counted as shown, as the pages holding most words are: by type only when one was chosen.
    search = { results: widened, filters: {}, unfilteredResultCount: widened.length };
  }
  const all = counting ? ((await counting) ?? none) : search;
  let first = ((await typing) ?? none).results;
  // A kind of page asked for that no page of the kind holds every word of (上海认定机构 按类型分布
  // 图表): those of the kind that hold most of them, at least half.
  if (first.length === 0 && firstType && firstType === parsed?.pageType) {
    const asked = aboutWords(firstType.rest);
    if (asked.length > 1) first = (await holdingMost(asked, firstType.type, 0.5)).results;
  }
  const seen = new Set(first.map((r) => r.id));
  const results = [...first, ...search.results.filter((r) => !seen.has(r.id))];
  // The counts above the results count those put first too (萧山有哪些能工巧匠: its craftsmen).
  const counts = { ...(all.filters[TYPE] ?? {}) };
  const inSearch = new Set(search.results.map((r) => r.id));
  const added = first.filter((r) => !inSearch.has(r.id)).length;
  if (!counting && firstType && added > 0) counts[firstType.type] = (counts[firstType.type] ?? 0) + added;
  if (mine !== seq) return;
  // With an answer the query was understood; otherwise each word of several is checked.
  const words = terms.split(' ').filter(Boolean);
  const overview = found?.overview !== undefined && p ? p.data.owners[found.overview] : undefined;
  // A card answers the query (a figure, a list, a computed share, a page), filtered or not.
  const carded = Boolean(found?.answer || found?.listing || found?.computed || overview);
  const answered = type
    ? undefined
    : found?.answer
      ? { url: `/figures/${found.answer.figure.id}/`, what: '数字' }
      : found?.listing
        ? { url: found.listing.href, what: '列表' }
        : found?.computed
          ? { url: found.computed.chart.href, what: '图表' }
          : overview && { url: overview.href, what: '专页' };
  // Nothing answers and a word is on none of the first results: it may be a name typed
  // slightly wrong. Before anything of this query is shown, search again with it put right.
  let firstPage: PagefindResult[] | undefined;
  let unsure: string[] = [];
  if (!how.fixed && !how.exact && !answered && words.length > 0) {
    firstPage = await Promise.all(results.slice(0, PAGE).map((r) => r.data()));
    if (mine !== seq) return;
    unsure = notOn(words, firstPage);
    if (unsure.length > 0) {
      const { people, others } = await knownNames(p);
      if (mine !== seq) return;
      const fixes = nameFixes(unsure, people, others);
      if (fixes.length > 0) return searchFor(putRight(parsed?.text ?? q, fixes, asking), mine, { fixed: { typed: q, fixes } });
    }
  }
  // The filters search again for what the reader typed, as it was searched.
  renderFilters(counts, all.unfilteredResultCount + (counting ? 0 : added), how.fixed?.typed ?? q, how.exact ? { exact: true } : {});
  if (results.length === 0) list.replaceChildren();
  moreBox.replaceChildren();
  // A kind of page asked for by name (“闵行 工匠”) keeps its place above title matches.
  current = {
    results,
    shown: 0,
    mine,
    chunks: parsed?.pageType && firstType === parsed.pageType ? [] : (parsed?.chunks ?? []),
    named: parsed && p ? parsed.owners.map((o) => p.data.owners[o]!.names) : [],
    // The answer is already on top: the same page further down says nothing new.
    answered,
    undated: sort ? Math.max(0, (type ? (all.filters[TYPE]?.[type] ?? 0) : all.unfilteredResultCount) - results.length) : 0,
    words,
    text: parsed?.text ?? q,
    unsure,
    unmatched: [],
    check: !carded && words.length > 1,
  };
  // Without the figures (their files failed to load), no note says the site has none.
  if (found && p && !carded)
    renderMiss(
      q,
      found.parsed,
      found.near.map((s) => s.figure),
      p,
      results.length,
    );
  else missBox.replaceChildren();
  if (results.length > 0) await showMore(false, firstPage);
  if (mine !== seq) return;
  if (results.length === 0)
    statusEl.textContent = answered
      ? `除上面的${answered.what}外，没有找到其他相关内容。`
      : `没有找到与“${q}”相关的${type ? `“${type}”` : ''}内容。试试更短的词（如只输入姓名或机构简称）、换一个说法，或浏览工匠、各区和全部数字目录。`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer); // the typing that led here needs no search of its own
  run(input.value);
});
/**
 * Searches as the reader types: at once when the box changes after a pause (a word an input
 * method commits, a paste, a first key), then once typing pauses for QUIET ms. Pinyin that an
 * input method is still composing is not searched: its characters arrive when it ends.
 */
const QUIET = 120;
let lastChange = -QUIET;
/** What the box held when it last changed: an input method may report one commit twice. */
let lastValue: string | undefined;
function changed() {
  const q = input.value;
  if (q === lastValue) return;
  lastValue = q;
  clearTimeout(timer);
  const paused = performance.now() - lastChange >= QUIET;
  lastChange = performance.now();
  if (paused) run(q);
  else timer = setTimeout(() => run(q), QUIET);
}
input.addEventListener('input', (e) => {
  if (!(e as InputEvent).isComposing) changed();
});
input.addEventListener('compositionend', changed);
// The search page exists to search: fetch Pagefind and the answer data as soon as it opens,
// so the first query does not wait for the index entry point and its WebAssembly.
// A failure here is the reader's search's to report (run).
load().catch(() => {});
void answers.index();

/** Arrow keys move between the box, the answer's link and the result links; Enter follows the focused link. */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-answer-link], #search-results li > a')];
  if (!links.length) return;
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && i < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(i + 1, links.length - 1)) : i <= 0 ? -1 : i - 1;
  (next < 0 ? input : links[next]!).focus();
});

if (input.value) run(input.value);
else {
  statusEl.textContent = '输入关键词开始搜索。';
  warmUp();
}

/**
 * A page's first search costs more than any later one, however short: Pagefind's worker
 * warms up on it (at 10,000 profiles, Pagefind's own search for 二胡 took 290–350 ms first,
 * 140–200 ms after another search), and the browser loads its Chinese word breaker on first
 * use (about 50 ms). A page opened without a query pays both while the reader is still
 * reaching for the box, searching for the box's own label and showing nothing. If Pagefind
 * cannot load, the warm-up stays silent: the reader's own search meets the same failure.
 */
function warmUp() {
  const words = meaningful(input.labels?.[0]?.textContent ?? '');
  load()
    .then((pf) => (words ? pf.search(words) : null))
    .catch(() => {});
}
