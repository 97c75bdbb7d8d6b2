/**
 * The search page (/search/?q=…&type=…): loads Pagefind's index on demand, shows results
 * with highlighted excerpts, counts by type as filter buttons, and keeps the query in
 * the URL so a search can be linked. Arrow keys move through results; Enter opens one.
 */
export {};

interface PagefindResult {
  url: string;
  excerpt: string;
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
const TYPE = '类型';
const PAGE = 20;

/**
 * Particles and connectives that carry no meaning on their own: a long query such as
 * “临港的工匠计划” must not match every page that contains 的.
 */
const PARTICLES = new Set(['的', '地', '得', '了', '和', '与', '及', '或', '在', '是', '之', '等', '吗', '呢', '吧', '啊', '着', '也']);
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** The query without stand-alone particles (“申通地铁” keeps its 地: it is inside a word). */
const meaningful = (q: string) =>
  [...words.segment(q)]
    .map((s) => s.segment)
    .filter((w) => !PARTICLES.has(w))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A word on its own that names a kind of page (“闵行 工匠”) asks for that kind: those pages,
 * matched on the rest of the query, come first. Only a space-separated word counts, so
 * “临港工匠”, a programme's name, is searched as it is.
 */
const TYPE_WORDS: Record<string, string> = {
  工匠: '工匠',
  匠人: '工匠',
  技能人才: '工匠',
  机构: '机构',
  单位: '机构',
  企业: '机构',
  新闻: '新闻',
  工作室: '工作室',
  数字: '数字',
  数据: '数字',
  活动: '活动',
  图表: '图表',
  地区: '地区',
  人物: '人物',
};
function typeHint(terms: string): { type: string; rest: string } | undefined {
  const parts = terms.split(' ');
  if (parts.length < 2) return undefined;
  const i = parts.findIndex((w) => TYPE_WORDS[w] !== undefined);
  if (i < 0) return undefined;
  return { type: TYPE_WORDS[parts[i]!]!, rest: parts.filter((_, j) => j !== i).join(' ') };
}

/**
 * Pagefind's excerpt, made to read as Chinese: the ". " it puts between a heading, a cell
 * or a list item and the next becomes 。, neighbouring highlights join, and the print-only
 * address line (本页网址：…) goes.
 */
const cleanExcerpt = (html: string) =>
  html
    .replace(/本页网址[:：]?\s*\S*/g, '')
    .replace(/<\/mark><mark>/g, '')
    .replace(/(?<=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef]|<\/mark>)\.\s+(?=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef]|<mark>|\d)/g, '。')
    .trim();

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

function renderFilters(counts: Record<string, number>, total: number, q: string) {
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
      run(q);
    });
    group.append(b);
  }
  const byDate = el('button', { type: 'button', textContent: sort ? '按相关度排序' : '按时间排序（新→旧）' });
  byDate.addEventListener('click', () => {
    sort = sort ? '' : 'date';
    run(q);
  });
  group.append(byDate);
  filterBox.append(group);
}

async function run(q: string) {
  const mine = ++seq;
  q = q.trim();
  setUrl(q);
  if (!q) {
    list.replaceChildren();
    filterBox.replaceChildren();
    statusEl.textContent = '输入关键词开始搜索。';
    return;
  }
  statusEl.textContent = '正在搜索…';
  const pf = await load();
  const terms = meaningful(q);
  const none: Search = { results: [], filters: {}, unfilteredResultCount: 0 };
  const search = terms
    ? await pf.search(terms, { ...(type ? { filters: { [TYPE]: type } } : {}), ...(sort ? { sort: { 日期: 'desc' } } : {}) })
    : none;
  if (mine !== seq || !search) return;
  const all = type && terms ? await pf.search(terms) : search;
  if (mine !== seq || !all) return;
  let results = search.results;
  const hint = type ? undefined : typeHint(terms);
  if (hint?.rest) {
    const typed = await pf.search(hint.rest, { filters: { [TYPE]: hint.type }, ...(sort ? { sort: { 日期: 'desc' } } : {}) });
    if (mine !== seq) return;
    const first = typed?.results ?? [];
    const seen = new Set(first.map((r) => r.id));
    results = [...first, ...results.filter((r) => !seen.has(r.id))];
  }
  const data = await Promise.all(results.slice(0, PAGE).map((r) => r.data()));
  if (mine !== seq) return;
  renderFilters(all.filters[TYPE] ?? {}, all.unfilteredResultCount, q);
  list.replaceChildren(
    ...data.map((r) => {
      const a = el('a', { href: r.url, textContent: r.meta.title ?? r.url });
      const p = el('p', { className: 'small' });
      p.innerHTML = cleanExcerpt(r.excerpt); // Pagefind's excerpt: page text with <mark> around matches
      return el('li', { className: 'card' }, el('span', { className: 'tag' }, r.meta[TYPE] ?? '页面'), ' ', a, p);
    }),
  );
  statusEl.textContent = results.length
    ? `找到 ${results.length} 个结果${results.length > PAGE ? `，显示前 ${PAGE} 个` : ''}。`
    : `没有找到与“${q}”相关的${type ? `“${type}”` : ''}内容。试试更短的词（如只输入姓名或机构简称）、换一个说法，或浏览工匠、各区和全部数字目录。`;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  run(input.value);
});
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 120);
});
// The search page exists to search: fetch Pagefind as soon as it opens, so the first
// query does not wait for the index entry point and its WebAssembly.
void load();

/** Arrow keys move between the box and the result links; Enter follows the focused link. */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (!links.length) return;
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement !== input && i < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(i + 1, links.length - 1)) : i <= 0 ? -1 : i - 1;
  (next < 0 ? input : links[next]!).focus();
});

if (input.value) run(input.value);
else statusEl.textContent = '输入关键词开始搜索。';
