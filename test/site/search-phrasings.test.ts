/**
 * How readers phrase a search (test/data/search-phrasings.json), scored through the search
 * page in Chromium as a reader uses it: type the query, read the answer card, then the
 * results. A phrasing scores when its page is among the first three things shown.
 *
 * Scores (phrasings whose page is among the first three), tuned / held-out / held-out late:
 * - before issue 26 (Pagefind's results alone):            12/23, 11/23, 11/16
 * - with the direct answer (src/client/answer.ts), first:  21/23, 22/23, –
 * - after one change to how totals weigh parts (tuned on “萧山 高技能人才 总量”; the held-out
 *   miss “萧山高技能人才有多少” had been seen by then):          23/23, 23/23, 15/16
 * The held-out halves are never tuned on: they measure whether the search understands the
 * kind of question, not the samples. `heldOutLate` was written after that change and
 * measured once. The floors below are those scores: a change that loses a phrasing fails.
 *
 * A second round (2026-12-06), written from the site's content alone by two helpers who saw
 * neither the search code nor these phrasings; tunedSecond / heldOutSecond:
 * - as written, before any change:                          38/44, unseen
 * - after reading a district's city (杭州市萧山区), numbers in characters (近三年), an
 *   overview question (闵行区 工作概况) and names one character off or in pinyin, each as a
 *   kind, in code and data/search-terms.json, not phrase by phrase:   44/44, 36/40
 * - after words its misses showed missing from data/search-terms.json (总览 and other
 *   overview words, 几台 and other 几 + measure words, organisations' English names), so
 *   heldOutSecond is tuned from here on:                      44/44, 39/40
 * heldOutSecond's remaining miss (萧山区民生实事目标完成情况 → the news item) finds the
 * datasets and the chart that say it. heldOutThird, written after this by a third helper in
 * the same way, was measured once, unseen: 38/40 (its misses: 萧山技能人才工作成绩, which
 * reads 成绩 as a figure's result, and a plan's name with 目标, which gives the plan's
 * target figures rather than its news item). A review then found names put right that were
 * none (区总工会, 金山区, 李建平), overview pages given where a figure answered, and years
 * misread; the fixes (names.ts, `heads`, years with 年, 多少 + measure words) keep every
 * score above.
 *
 * A third round (2026-12-07), four more sets written the same way, each measured once
 * before any change it could have guided:
 * - heldOutFourth, unseen: 36/40 (a place alone, a plan's name with its quotation marks, and
 *   two questions with 哪年 typed as one run). After the kinds were fixed (a name alone gives
 *   its page; a title holds the words with its punctuation aside; 哪年 and other “when” words
 *   are question words; a run of words that finds nothing loses them one at a time): 40/40.
 * - heldOutFifth, written after that, unseen: 29/40 (colloquial questions: 多少年 asked of a
 *   person, 去年, 等级 read as 级 because 等 was taken for a particle, a province before the
 *   city, 工资 for 薪酬, 老师 for 教师). After those kinds (a `duration` intent and one
 *   figure of the kind asked of one owner; years counted from now name none; particles only
 *   where they stand alone; a district's province; two synonym groups): 37/40. heldOutThird
 *   then read 39/40: a title holding the words but not the place named came first (浦东新区
 *   技能等级认定 gave Shanghai's pages); a title now holds the place too: 40/40.
 * - heldOutSixth, unseen: 33/40 (a condition, 百分之几, 吗, an organisation described, the
 *   official name of a new area, 发证 for 证书). After the new area's official name and a
 *   last resort for a run that finds nothing (the pages holding most of its words, each
 *   searched alone, once two thirds of it find nothing): 36/40, and heldOutFifth 38/40.
 * - heldOutSeventh, written last and never tuned on: 33/40, measured once after all of that.
 *   Its misses: 网上 for 线上, 多少本 read as a count of bodies not certificates, a share asked
 *   as 占多大比例, a programme's name with 涵盖, and two officials' questions about what a
 *   place or body does.
 * A fourth round, later the same day: eight more sets, written the same way in three
 * batches, each measured once, unseen, after every change made before it, and only then read:
 * - heldOutSeventh (33/40, above), heldOutEighth (30/40) and heldOutNinth (36/40) guided the
 *   first changes: what a count is of (多少证书) and the unit it is asked in (几本, 多少钱, 人数);
 *   one owner's figures narrowed to one by the kind, the unit and what is counted; a share
 *   asked (占多大比例); a word only one figure holds outweighing those all hold; a dataset's
 *   title counting less than a figure's own words; question words and intent words read
 *   longest first together (几月); demonstratives, modal verbs and particles no part of a word;
 *   三千五 and 一万 read as numbers; a body's page for words no figure answers; a place's list
 *   of craftsmen for 萧山有哪些能工巧匠.
 * - heldOutTenth, measured after those: 38/40. heldOutEleventh, after one more word (现在):
 *   36/40. heldOutTwelfth, after a few more kinds (百分之几 with 完成目标, 快递小哥): 36/40; then a
 *   sparse result widened to the pages holding most of its words, a name the segmenter splits
 *   kept whole, and a page named by its title ranked first.
 * - heldOutThirteenth and heldOutFourteenth, measured after those: 36/40 and 33/40; then a
 *   number guessed at (三十多万), a share of a target, a kind of page none of which holds every
 *   word (图表), a preposition before a word.
 * - heldOutFifteenth, measured after all of that: 36/40; then a year in characters (二〇二一年).
 * - heldOutSixteenth, measured after those: 39/40 (its miss: a share the reports do not give,
 *   which a chart of the site computes; it is now answered by that chart, said to be the
 *   site's own number), then 60 everyday words proposed from the site's content alone.
 *   heldOutSeventeenth, after those: 37/40; then a number the question gives of the whole
 *   (一百家认定机构里…), 哪几 as which, 技能工匠.
 * - heldOutEighteenth, heldOutNineteenth and heldOutTwentieth, written while those were made
 *   and measured once after the last change, unseen: 39/40, 38/40, 39/40. They guided
 *   nothing and are the held-out sets now. Their misses: 萧山的能工巧匠都有谁 (都 before 有谁),
 *   目标达成率 for 完成率, 杭齿 大师工作室 (the studio asked by its company's short name), and a
 *   breakdown asked (各占多少家) whose chart is the best answer while its figures are shown.
 * So the first, unseen scores went from 30–38 of 40 early in this round to 38–39 at its end,
 * 116 of 120 (96.7%) for the last three sets, against 37–40 for each tuned set (739 of 746,
 * 99.1%, in all). The floors below are the scores now.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../support/browser.ts';

interface Phrasing {
  q: string;
  who: string;
  expect: string[];
}
/** The least score each set must keep (out of its length). */
const FLOOR = {
  tuned: 23,
  heldOut: 23,
  heldOutLate: 16,
  tunedSecond: 44,
  heldOutSecond: 39,
  heldOutThird: 40,
  heldOutFourth: 40,
  heldOutFifth: 40,
  heldOutSixth: 40,
  heldOutSeventh: 40,
  heldOutEighth: 40,
  heldOutNinth: 40,
  heldOutTenth: 39,
  heldOutEleventh: 40,
  heldOutTwelfth: 40,
  heldOutThirteenth: 40,
  heldOutFourteenth: 38,
  heldOutFifteenth: 37,
  heldOutSixteenth: 40,
  heldOutSeventeenth: 40,
  heldOutEighteenth: 39,
  heldOutNineteenth: 38,
  heldOutTwentieth: 39,
};
type SetName = keyof typeof FLOOR;
const phrasings = JSON.parse(readFileSync('test/data/search-phrasings.json', 'utf8')) as Record<SetName, Phrasing[]> & { about: string };

it('every set of phrasings has a floor', () => {
  expect(Object.keys(phrasings).filter((k) => k !== 'about')).toEqual(Object.keys(FLOOR));
});

const base = inject('baseUrl');
const browser = await connect();
let page: Page;
beforeAll(async () => {
  page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/search/`);
});

/** What the page shows first for a query: the answer card's link, then the results' links. */
async function firstThree(q: string): Promise<string[]> {
  await page.fill('#search-input', q);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(
    (q) => new URL(location.href).searchParams.get('q') === q && !document.querySelector('#search-results')!.hasAttribute('aria-busy'),
    q.trim(), // the page searches, and links, the query without its outer spaces
  );
  return page.$$eval('[data-search-answer] [data-answer-link], #search-results li > a', (as) =>
    as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

describe.each(Object.keys(FLOOR) as SetName[])('%s phrasings', (half) => {
  it(`keep at least their floor among the first three`, async () => {
    const misses: string[] = [];
    for (const p of phrasings[half]) {
      const shown = await firstThree(p.q);
      if (!p.expect.some((e) => shown.includes(e))) misses.push(`${p.q} → ${p.expect[0]} (shown: ${shown.join(' ')})`);
    }
    const score = phrasings[half].length - misses.length;
    console.log(`${half}: ${score}/${phrasings[half].length}\n  ${misses.join('\n  ')}`);
    expect(score, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[half]);
  });
});
