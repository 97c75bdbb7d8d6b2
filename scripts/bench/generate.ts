/**
 * Makes a project of a given size for the benchmark: a copy of this one with N generated
 * craftsman profiles, N/10 news items and a dataset of N/10 figures added, and a bare
 * Astro + Pagefind project holding the same profiles and news with nothing else (no
 * charts, share images, checks or extras), to measure our cost against.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DISTRICTS = ['minhang', 'xiaoshan', 'changning', 'putuo', 'pudong', 'lingang', 'shanghai'];
const TRADES = ['设备维修', '二胡制作', '快递分拣', '电力抢修', '数控加工', '养老护理', '焊接', '烹饪'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国明华军平伟芳秀英丽强磊洋艳勇杰娟涛超';

const name = (i: number) => `${SURNAMES[i % 20]}${GIVEN[(i * 7) % 20]}${GIVEN[(i * 13 + 3) % 20]}`;
const story = (i: number) =>
  `## 成长经历\n\n第${i}号测试人物在${TRADES[i % 8]}岗位上工作多年，带出一批徒弟，参与多项技术改进。这段文字只用于性能测试，不是真实报道。\n\n## 传技带徒\n\n他把经验整理成课程，在工作室里每周开课，讲授操作要点与安全规范。测试编号 ${i}。\n`;

function profile(i: number) {
  return `---
name: ${name(i)}
trade: ${TRADES[i % 8]}
tradeGroup: manufacturing
district: ${DISTRICTS[i % 7]}
summary: 性能测试用的第${i}号人物。
honours:
  - title: 测试称号
    level: district
date: { year: 2023, month: 11, inferred: [year], note: "测试数据。" }
sources: [xiaoshan-training-2023]
keywords: [测试${i}]
---
${story(i)}`;
}

function news(i: number) {
  return `---
title: 测试新闻第${i}号：${DISTRICTS[i % 7]}举办技能活动
summary: 性能测试用的第${i}号新闻。
date: { year: 2021, month: 7, day: 14 }
kind: event
district: ${DISTRICTS[i % 7]}
sources: [shanghai-certification-2021]
---
## 活动概况\n\n测试新闻正文，编号 ${i}。各区开展技能培训与评价活动，本段文字仅用于测量构建与搜索的开销。\n`;
}

function dataset(n: number) {
  const figures = Array.from({ length: n }, (_, i) => ({
    id: `bench-figure-${i}`,
    label: `测试数字${i}`,
    wording: `${1000 + i}人次`,
    value: 1000 + i,
    unit: '人次',
    counts: '性能测试用的数字。',
    kind: 'achievement',
    district: DISTRICTS[i % 7],
    asOf: { year: 2023, month: 11, inferred: ['year'], note: '测试数据。' },
    source: 'xiaoshan-training-2023',
    // The content check holds a wording to its passage: a generated figure quotes its own.
    passage: `测试摘录：已开展培训${1000 + i}人次`,
  }));
  return JSON.stringify(
    { title: '性能测试数据', description: '性能测试用的数据集。', theme: 'training', districts: ['xiaoshan'], figures },
    null,
    1,
  );
}

/**
 * The project's installed packages, linked into another tree one by one, so that the tree
 * has caches of its own: Astro keeps its content store in `node_modules/.astro` and Vite its
 * files in `node_modules/.vite`. Linking the whole folder shared them, so that builds of two
 * trees read and rewrote one store (a benchmark's baseline and our site took turns
 * invalidating each other's; a test's failed build deleted the project's own).
 */
function linkModules(project: string, dir: string) {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(project, 'node_modules')))
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(project, 'node_modules', entry), join(dir, 'node_modules', entry));
}

/**
 * Our project at size n, in `dir`: n profiles, and (unless told otherwise) n/10 news items
 * and a dataset of n/10 figures.
 */
export function ours(project: string, dir: string, n: number, { news: newsItems = n / 10, figures = n / 10 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(project, dir, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|\.git|\.astro|bench|test)(\/|$)/.test(src.slice(project.length)),
  });
  linkModules(project, dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'src/content/craftsmen', `bench-${i}.mdx`), profile(i));
  for (let i = 0; i < newsItems; i++) writeFileSync(join(dir, 'src/content/news', `bench-${i}.mdx`), news(i));
  if (figures > 0) writeFileSync(join(dir, 'data/datasets/bench.json'), dataset(figures));
}

/**
 * The components our stories import (`<FigureRef id="…" />`), as the bare site's stand-ins: a
 * link to the figure's page with its id, so that the copied stories build there without our
 * collections, and carry about as much text.
 */
function stubComponents(dir: string, folders: string[]) {
  const imported = new Set<string>();
  for (const folder of folders)
    for (const file of readdirSync(join(dir, folder)))
      for (const [, path] of readFileSync(join(dir, folder, file), 'utf8').matchAll(
        /^import \w+ from '\.\.\/\.\.\/(components\/\w+\.astro)';$/gm,
      ))
        imported.add(path!);
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  for (const path of imported)
    writeFileSync(join(dir, 'src', path), '---\nconst { id } = Astro.props;\n---\n<a href={`/figures/${id}/`}>{id}</a>\n');
}

/** The bare baseline at size n: the same profiles and news, each a page with its title and body. */
export function bare(project: string, dir: string, n: number) {
  rmSync(dir, { recursive: true, force: true });
  for (const d of ['src/content/craftsmen', 'src/content/news', 'src/pages/craftsmen', 'src/pages/news'])
    mkdirSync(join(dir, d), { recursive: true });
  linkModules(project, dir);
  cpSync(join(project, 'src/content/craftsmen'), join(dir, 'src/content/craftsmen'), { recursive: true });
  cpSync(join(project, 'src/content/news'), join(dir, 'src/content/news'), { recursive: true });
  stubComponents(dir, ['src/content/craftsmen', 'src/content/news']);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, 'src/content/craftsmen', `bench-${i}.mdx`), profile(i));
  for (let i = 0; i < n / 10; i++) writeFileSync(join(dir, 'src/content/news', `bench-${i}.mdx`), news(i));
  writeFileSync(join(dir, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nconst loose = z.object({ name: z.string().optional(), title: z.string().optional() }).passthrough();\nexport const collections = {\n  craftsmen: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'src/content/craftsmen' }), schema: loose }),\n  news: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'src/content/news' }), schema: loose }),\n};\n`,
  );
  for (const c of ['craftsmen', 'news']) {
    writeFileSync(
      join(dir, `src/pages/${c}/[id].astro`),
      `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('${c}')).map((e) => ({ params: { id: e.id }, props: { e } })); }\nconst { e } = Astro.props;\nconst { Content } = await render(e);\n---\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{e.data.name ?? e.data.title}</title></head><body><main data-pagefind-body><h1>{e.data.name ?? e.data.title}</h1><Content /></main></body></html>\n`,
    );
  }
}
