/**
 * The search page's direct answer as a pure function (src/client/answer.ts): what a query
 * names, what it asks, and which figure answers it, on a small made-up site whose figures
 * mirror the kinds that failed before (a total and its parts, a target, its result and its
 * rate), with the terms of the live data/search-terms.json; and the answer data cut into
 * files, of which a query loads only what it needs and gets the same answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AnswerData,
  type AnswerFigure,
  addPieces,
  addShard,
  answer,
  coverage,
  normalize,
  otherNumerals,
  parse,
  prepare,
  StaleAnswerData,
  split,
} from '../../src/client/answer.ts';
import { answerLoader } from '../../src/client/answer-files.ts';
import { searchTermSchema } from '../../src/schemas/search-terms.ts';

const terms = (JSON.parse(readFileSync('data/search-terms.json', 'utf8')) as unknown[]).map((t) => searchTermSchema.parse(t));

const figure = (f: Partial<AnswerFigure> & Pick<AnswerFigure, 'id' | 'label' | 'wording' | 'kind'>): Omit<AnswerFigure, 'order'> => ({
  title: `${f.label} ${f.wording}`,
  // The unit the wording ends in: 超31万人 is in 人, 96309人次 in 人次, 8-15% in %.
  unit: f.wording.replace(/^\D*[\d.]+(?:-[\d.]+)?[万亿]?[余多]?/, '').replace(/以上$/, ''),
  counts: '',
  kindLabel: f.kind,
  when: '截至11月20日',
  source: 0,
  owners: [0],
  topic: '年度盘点',
  whole: true,
  key: false,
  related: [],
  ...f,
});
const siblings = (...ids: string[]) => ids.map((id) => ({ id, title: id, kindLabel: '数字' }));

const data: AnswerData = {
  terms,
  owners: [
    {
      names: ['甲山区', '甲山'],
      pinyin: 'jiashan',
      within: ['丁州市', '丁州', '己江省', '己江'],
      href: '/districts/jiashan/',
      lists: { 工匠: '/craftsmen/district/jiashan/' },
    },
    { names: ['乙水区', '乙水'], pinyin: 'yishui', within: ['戊州市', '戊州'], href: '/districts/yishui/' },
    { names: ['丙水实业（集团）有限公司'], href: '/organizations/bingshui/' },
    { names: ['丁州市', '丁州'], pinyin: 'dingzhou', href: '/districts/dingzhou/' },
    { names: ['庚某'], href: '/craftsmen/geng/' },
  ],
  sources: [{ title: '一篇报道', href: '/sources/a/' }],
  figures: [
    figure({
      id: 'talent-total',
      label: '技能人才总量',
      wording: '超31万人',
      kind: 'stock',
      when: '截至2023年11月20日',
      related: siblings('high-total'),
    }),
    figure({
      id: 'high-total',
      label: '高技能人才总量',
      wording: '11万人',
      kind: 'stock',
      whole: false,
      related: siblings('talent-total'),
    }),
    figure({ id: 'studios-total', label: '区级以上技能大师工作室（累计）', wording: '76家', kind: 'stock' }),
    figure({ id: 'studios-national', label: '国家级技能大师工作室', wording: '1家', kind: 'stock', whole: false }),
    figure({ id: 'studios-new', label: '当年新认定区技师工作室', wording: '5家', kind: 'achievement' }),
    figure({ id: 'training-target', label: '职业技能培训目标', wording: '2.6万人次以上', kind: 'target' }),
    figure({ id: 'training-done', label: '已开展职业技能培训', wording: '34840人次', kind: 'achievement', key: true }),
    figure({
      id: 'training-rate',
      label: '职业技能培训目标完成率',
      wording: '134%',
      kind: 'rate',
      related: siblings('training-done', 'training-target'),
    }),
    figure({ id: 'other-training', label: '近3年培训人次', wording: '96309人次', kind: 'achievement', owners: [1] }),
    // a part whose share of its whole no report gives, and a chart of the site computes
    figure({
      id: 'online-training',
      label: '近3年线上培训人次',
      wording: '41893人次',
      kind: 'achievement',
      whole: false,
      owners: [1],
      sharedIn: [{ title: '乙水近3年培训，其中线上约占43.5%', href: '/charts/yishui-training/' }],
    }),
    // no one's, and one of them names a place in what it counts
    figure({ id: 'bases', label: '世赛集训基地', wording: '5个', kind: 'count', owners: [] }),
    figure({ id: 'final-hosts', label: '承办全国决赛的区', wording: '2个', counts: '含甲山区', kind: 'count', owners: [] }),
    // two places'
    figure({ id: 'joint-base', label: '两区共建实训基地', wording: '3个', kind: 'count', owners: [0, 1] }),
    // a person's
    figure({ id: 'geng-years', label: '庚某从事木雕的年限', wording: '三十多年', kind: 'duration', owners: [4] }),
    figure({ id: 'geng-apprentices', label: '庚某带出的木雕徒弟', wording: '12名', kind: 'count', owners: [4] }),
    // shares and a per cent of another kind
    figure({ id: 'self-trained-share', label: '企业自主培育占比', wording: '51.74%', kind: 'share', whole: false }),
    figure({ id: 'industry-share', label: '职业培训第二产业占比', wording: '62%', kind: 'share', whole: false }),
    figure({ id: 'pay-rise', label: '高技能人才薪酬提高幅度', wording: '8-15%', kind: 'fact' }),
    // a city's certifying bodies, one kind of them, and the certificates they gave
    figure({
      id: 'certifiers',
      label: '企业职业技能等级认定机构',
      wording: '100家',
      kind: 'stock',
      owners: [3],
      related: [{ id: 'central-branches', title: '丁州：认定机构：央企分支机构 46家', kindLabel: '现有总数' }],
    }),
    figure({
      id: 'central-branches',
      label: '认定机构：央企分支机构',
      wording: '46家',
      counts: '企业职业技能等级认定机构中的央企分支机构',
      kind: 'stock',
      whole: false,
      owners: [3],
      related: [{ id: 'certifiers', title: '丁州：企业职业技能等级认定机构 100家', kindLabel: '现有总数' }],
    }),
    figure({ id: 'certificates', label: '颁发职业技能等级证书', wording: '2.85万本', kind: 'achievement', owners: [3] }),
  ].map((f, order) => ({ ...f, order })),
};
const files = split(data, 'build-1');
/** Every figure, straight from the data rather than through the files. */
const p = prepare(files.index);
addShard(p, 0, { stamp: files.index.stamp, figures: data.figures });
const first = (q: string) => answer(q, p).answer?.figure.id;

/**
 * A site serving a build's answer files (the build may be swapped, or a file made to fail),
 * and the page's own loader (src/client/answer-files.ts) reading them.
 */
function site(build = files) {
  const served = { build, failing: new Set<string>(), asked: [] as string[] };
  const get = async (path: string) => {
    served.asked.push(path);
    const { index, shards, pieces } = served.build;
    const name = /^\/search\/answers\/(.+)\.json$/.exec(path)?.[1];
    const body =
      path === '/search/answers.json'
        ? index
        : name?.startsWith('pieces-')
          ? pieces[Number(name.slice(7))]
          : name !== undefined && /^\d+$/.test(name)
            ? shards[Number(name)]
            : undefined;
    if (served.failing.has(path)) return new Response('', { status: 503 });
    return body ? Response.json(body) : new Response('', { status: 404 });
  };
  return { served, ...answerLoader(get) };
}

/** A page that loads only the files the query wants (a fresh page unless given). */
async function lazily(q: string, page = site()) {
  const p = (await page.index())!;
  await page.loadFor(parse(q, p), p);
  return { p, asked: page.served.asked, found: answer(q, p) };
}

describe('reading a query', () => {
  it('reads traditional characters, pinyin and listed typos as the site writes them', () => {
    expect(normalize('蕭山 總量', p)).toContain('总量');
    expect(normalize('jiashan 培训', p)).toBe('甲山区 培训');
    expect(normalize('技能人材', p)).toBe('技能人才');
    expect(normalize('Barista', p)).toBe('咖啡师');
    expect(normalize('甲山二〇二一年培训', p)).toBe('甲山2021年培训');
  });

  it('separates the place, what is asked and the indicator, with or without spaces', () => {
    const parsed = parse('甲山培训目标', p);
    expect(parsed.owners).toEqual([0]);
    expect([...parsed.intents]).toEqual(['target']);
    expect(parsed.chunks).toEqual(['培训']);
  });

  it('a name typed as the site writes it, full-width brackets and all', () => {
    expect(parse('丙水实业（集团）有限公司 培训', p).owners).toEqual([2]);
  });

  it('a district’s city before it says where it is: not a word asked, nor a second place', () => {
    for (const q of ['丁州市甲山区技能人才一共有多少人', '丁州 甲山 技能人才总量']) {
      const parsed = parse(q, p);
      expect(parsed.owners, q).toEqual([0]);
      expect(parsed.chunks, q).toEqual(['技能人才']);
      expect(first(q), q).toBe('talent-total');
    }
    expect(parse('丁州 技能人才', p).owners).toEqual([3]);
    // a city the site has no page for
    expect(parse('戊州市乙水区 培训人次', p).chunks).toEqual(['培训人次']);
    expect(parse('戊州 乙水 培训人次', p).chunks).toEqual(['培训人次']);
  });

  it('a year says when, not what: it is no indicator word, and no figure of another year answers it', () => {
    const parsed = parse('甲山2023年技能人才总量是多少', p);
    expect(parsed.years).toEqual(['2023']);
    expect(parsed.chunks).toEqual(['技能人才']);
    expect(first('甲山2023年技能人才总量是多少')).toBe('talent-total');
    const other = answer('甲山 1990年 技能人才总量', p);
    expect(other.answer).toBeUndefined();
    expect(other.near[0]?.figure.id).toBe('talent-total');
    expect(parse('甲山 2021—2023 培训', p)).toMatchObject({ years: ['2021', '2023'], chunks: ['培训'] });
    expect(parse('甲山 2019年至2021年 培训', p).years).toEqual(['2019', '2021']);
    for (const q of ['甲山 培训 2000人次', '甲山 培训 2000 人次']) expect(parse(q, p).years, q).toEqual([]);
    expect(parse('甲山 2023 技能人才总量', p)).toMatchObject({ years: ['2023'], chunks: ['技能人才'] });
    expect(parse('甲山 今年 培训', p)).toMatchObject({ years: [], chunks: ['培训'] });
  });

  it('a particle inside a word is part of it: 等级 keeps its 等, 基地 its 地', () => {
    expect(parse('甲山 等级认定 有多少', p).chunks).toEqual(['等级认定']);
    expect(parse('甲山的实训基地和培训', p).chunks).toEqual(['实训基地', '培训']);
  });

  it('a year counted from now (去年, 今年) names none, and a province before the city says where too', () => {
    const parsed = parse('己江省丁州市甲山区去年技能人才总量', p);
    expect(parsed).toMatchObject({ owners: [0], years: [], chunks: ['技能人才'] });
    expect(first('甲山去年技能人才总量')).toBe('talent-total');
  });

  it('a question word is taken whole, longest first: 什么时候 leaves no 时候', () => {
    expect(parse('甲山什么时候开始培训', p).chunks).toEqual(['开始培训']);
  });

  it('a question word with its measure word: 有多少家, 多少个 leave nothing of the question behind', () => {
    for (const q of ['甲山有多少家大师工作室', '甲山大师工作室一共多少个', '甲山有几家大师工作室'])
      expect(parse(q, p).chunks, q).toEqual(['大师工作室']);
    expect(first('甲山有多少家大师工作室')).toBe('studios-total');
    // 人 stays: 多少人才 asks about 人才
    expect(parse('甲山 多少人才', p).chunks).toEqual(['人才']);
  });

  it('question words that name nothing are no indicator words', () => {
    expect(parse('甲山 培训人数 如何', p).chunks).toEqual(['培训人数']);
    expect(first('甲山 培训人数 怎么样')).toBe('training-done');
  });

  it('a word that asks for a kind of page is read from data', () => {
    expect(parse('甲山 师傅', p).pageType).toEqual({ type: '工匠', rest: '甲山' });
  });

  it('measures how much of a phrase a text holds, in pieces of two characters or more', () => {
    expect(coverage('培训人次', '已开展职业技能培训34840人次')).toBe(1);
    expect(coverage('高技能人才', '技能人才总量')).toBeCloseTo(0.8);
    expect(coverage('无关', '技能人才总量')).toBe(0);
  });
});

describe('the answer', () => {
  it('a total when the query asks 总量, 数量, 一共, 多少: the whole, not a part', () => {
    expect(first('甲山 技能人才总量')).toBe('talent-total');
    expect(first('甲山 大师工作室 数量')).toBe('studios-total');
    expect(first('甲山 工作室 一共多少家')).toBe('studios-total');
  });

  it('a part when the query names it in its own words', () => {
    expect(first('甲山 高技能人才 总量')).toBe('high-total');
    expect(first('甲山 国家级 大师工作室')).toBe('studios-national');
  });

  it('the target for 目标 or 计划, the rate for 完成率 or 完成情况, the result otherwise', () => {
    expect(first('甲山 培训 目标')).toBe('training-target');
    expect(first('甲山 培训 完成情况')).toBe('training-rate');
    expect(first('甲山 培训人数')).toBe('training-done');
  });

  it('not a figure that has all of a word but its start (低技能人才 is not 技能人才), nor another number', () => {
    expect(answer('甲山 低技能人才 总量', p).answer).toBeUndefined();
    expect(answer('甲山 培训 2020人次', p).answer).toBeUndefined();
    expect(answer('甲山 低技能人才 总量', p).near[0]?.figure.id).toBe('talent-total');
    expect(first('甲山 技能人才 总量')).toBe('talent-total');
    expect(first('甲山 培训 34840人次')).toBe('training-done');
    // an adverb before the verb, and the place's 全区, are no part of the word
    expect(first('乙水区共培训多少人次')).toBe('other-training');
    expect(first('甲山全区技能人才总量')).toBe('talent-total');
  });

  it('only figures of the place named', () => {
    expect(first('乙水 培训人次')).toBe('other-training');
  });

  it('a place the site does not cover gets no answer, only the nearest figures', () => {
    const miss = answer('丙城 培训人次', p);
    expect(miss.answer).toBeUndefined();
    expect(miss.near.map((s) => s.figure.id)).toContain('other-training');
  });

  it('no answer when the words match nothing, and no answer for a place alone', () => {
    const miss = answer('甲山 集装箱 吞吐量', p);
    expect(miss.answer).toBeUndefined();
    expect(answer('甲山', p).answer).toBeUndefined();
  });

  it('no figure for words that ask for people, unless a number is asked of them', () => {
    expect(answer('甲山 工匠', p).answer).toBeUndefined();
  });

  it('not a figure whose dataset alone mentions the words: a passing mention is no answer', () => {
    expect(answer('甲山 年度盘点', p).answer).toBeUndefined();
  });

  it('for a place and words that match none of its figures, offers its key figures as the nearest', () => {
    const miss = answer('甲山 集装箱 吞吐量', p);
    expect(miss.answer).toBeUndefined();
    expect(miss.near[0]?.figure.id).toBe('training-done');
  });

  it('a figure that is no one’s, by its words; or by the place its text names', () => {
    expect(first('世赛 集训基地')).toBe('bases');
    expect(first('甲山 承办 全国决赛')).toBe('final-hosts');
  });

  it('a number written in characters or in digits, whichever the figure uses', () => {
    expect(otherNumerals('近3年培训人次')).toBe('近三年培训人次');
    expect(otherNumerals('第十五届首席技师 两年')).toBe('第15届首席技师 2年');
    expect(otherNumerals('2023年 95.5%')).toBe('');
    expect(first('乙水 近三年 培训人次')).toBe('other-training');
    expect(first('乙水近三年培训总人次')).toBe('other-training');
  });

  it('a kind of number asked of one person (多少年): their one figure of that kind, however loosely the rest is put', () => {
    expect(first('庚某做木雕做了多少年')).toBe('geng-years');
    expect(first('庚某 木雕 多久')).toBe('geng-years');
    // a total asked so loosely is no answer
    expect(first('庚某做木雕做了多少')).toBeUndefined();
  });

  it('what a count is of, and the unit it is asked in: 多少证书 and 几本 are not 100家 认定机构', () => {
    expect(parse('丁州 企业技能等级认定 一共发了多少证书', p)).toMatchObject({ counted: '证书', countedIn: [] });
    expect(first('丁州 企业技能等级认定 一共发了多少证书')).toBe('certificates');
    expect(parse('丁州 职业技能等级证书 一共发了几本', p).countedIn).toContain('本');
    expect(first('丁州 企业认定 职业技能等级证书 一共发了几本')).toBe('certificates');
    expect(first('丁州 企业技能等级认定机构 一共多少家')).toBe('certifiers');
  });

  it('a word only one figure has outweighs those all of them have', () => {
    expect(first('丁州企业技能等级认定机构里央企分支机构有多少家')).toBe('central-branches');
  });

  it('a number the question gives of the whole is no number the part must hold', () => {
    expect(first('丁州一百家认定机构里央企分支机构有几家')).toBe('central-branches');
    // a number that is no sibling's still must be the figure's
    expect(first('丁州两百家认定机构里央企分支机构有几家')).toBeUndefined();
  });

  it('a share asked (占多大比例, 百分之几): a share, or a per cent of another kind', () => {
    expect([...parse('甲山企业自己培养的占多大比例', p).intents]).toEqual(['share']);
    expect(first('甲山企业自己培养的占多大比例')).toBe('self-trained-share');
    expect(first('甲山企业自己培养的占了多少比例')).toBe('self-trained-share');
    expect(first('甲山培训目标完成了百分之几')).toBe('training-rate');
    expect(first('甲山高技能人才涨工资涨了百分之几')).toBe('pay-rise');
  });

  it('a share no report gives is answered by the chart that computes it, not by the count it is computed from', () => {
    const found = answer('乙水 线上培训 占比', p);
    expect(found.answer).toBeUndefined();
    expect(found.computed?.chart.href).toBe('/charts/yishui-training/');
    expect(found.computed?.figure.id).toBe('online-training');
    // a share the report gives is answered by its figure; a count asked, by the count
    expect(answer('甲山企业自己培养的占多大比例', p).computed).toBeUndefined();
    expect(first('乙水 线上培训 人次')).toBe('online-training');
  });

  it('the unit asked narrows one person’s figures to the one counted in it, however loosely the rest is put', () => {
    expect(first('庚某 木雕手艺 一共多少名')).toBe('geng-apprentices');
    expect(first('庚某 木雕手艺 一共多少')).toBeUndefined();
  });

  it('a demonstrative is no part of the word it points at, nor a modal verb of the verb, nor a particle of the word it ends', () => {
    expect(parse('庚某那些木雕作品', p).chunks).toEqual(['木雕作品']);
    expect(parse('甲山企业自主培育的占了多少比例呀', p).chunks).toEqual(['企业自主培育']);
    expect(first('甲山今年要培训多少人次')).toBe('training-done');
    expect(otherNumerals('储备一万名')).toContain('10000名');
  });

  it('a number guessed at asks how many or how long, and no figure need hold it', () => {
    expect(parse('甲山的技能人才是不是有三十多万了啊', p)).toMatchObject({ chunks: ['技能人才'], intents: new Set(['total']) });
    expect(first('甲山的技能人才是不是有三十多万了啊')).toBe('talent-total');
    expect(first('庚某做木雕做了二十多年了吧')).toBe('geng-years');
    // a number said exactly is still one the figure must hold
    expect(first('甲山 培训 2000人次')).toBeUndefined();
  });

  it('a share of a target is how far it was met; a preposition before a word is no part of it', () => {
    expect([...parse('甲山培训的目标完成了百分之多少', p).intents]).toEqual(['completion']);
    expect(first('甲山培训的目标最后完成了百分之多少')).toBe('training-rate');
    expect(first('甲山给职业技能培训定的目标')).toBe('training-target');
  });

  it('a place and a kind of page, with a word before it or a question word, gives the place’s list of them', () => {
    for (const q of ['甲山有哪些能工巧匠', '甲山有哪些技能工匠', '甲山 师傅'])
      expect(answer(q, p).listing?.href, q).toBe('/craftsmen/district/jiashan/');
    // a place with no such list: none
    expect(answer('乙水 工匠', p).listing).toBeUndefined();
    // a number asked of it is a question about a number
    expect(answer('甲山 工匠 多少', p).listing).toBeUndefined();
  });

  it('哪几 asks which, not how many: a body named with it gets its page', () => {
    expect(answer('丙水实业（集团）有限公司承担哪几项职能', p)).toMatchObject({ answer: undefined, overview: 2 });
  });

  it('a name and nothing else gives its page', () => {
    for (const q of ['甲山', '己江省丁州市甲山区', 'jiashan']) expect(answer(q, p), q).toMatchObject({ answer: undefined, overview: 0 });
    expect(answer('庚某', p).overview).toBe(4);
  });

  it('a question about a place as a whole gives its page: beside the figure that answers, or alone', () => {
    const both = answer('甲山 培训人数 概况', p);
    expect(both.answer?.figure.id).toBe('training-done');
    expect(both.overview).toBe(0);
    const page = answer('甲山区 集装箱 概况', p);
    expect(page.answer).toBeUndefined();
    expect(page.overview).toBe(0);
    // with a number asked, it is a question about the number
    expect(answer('甲山 培训 成效 多少', p).overview).toBeUndefined();
    // and with no place named, there is no page to give
    expect(answer('技能工作 概况', p).overview).toBeUndefined();
  });
});

describe('the answer data in files', () => {
  const queries = [
    '甲山 技能人才总量',
    '甲山 高技能人才 总量',
    '甲山 工作室 一共多少家',
    '甲山 培训 完成情况',
    '乙水 培训人次',
    '丙城 培训人次',
    '甲山 集装箱 吞吐量',
    '甲山',
    '甲山 工匠',
    '甲山 承办 全国决赛',
    '世赛 集训基地',
    '培训 人次',
    '技能人材',
    '集装箱',
    'jiashan 技能人才总量',
    '甲山 技能人才總量',
    '甲山 培训人数',
    '乙水 实训基地',
    '实训基地',
    '乙水 近三年 培训人次',
    '近三年 培训',
    '甲山区 技能工作 概况',
  ];
  const same = (q: string, found: ReturnType<typeof answer>) => {
    const whole = answer(q, p);
    expect(found.answer?.figure.id, q).toBe(whole.answer?.figure.id);
    expect(
      found.near.map((s) => s.figure.id),
      q,
    ).toEqual(whole.near.map((s) => s.figure.id));
  };

  it('a query that loads only what it wants gets the answer and nearest figures of all the data', async () => {
    for (const q of queries) same(q, (await lazily(q)).found);
    expect(first('乙水 实训基地')).toBe('joint-base');
  });

  it('so does each query of a page that keeps what earlier ones loaded, in either order', async () => {
    for (const order of [queries, [...queries].reverse()]) {
      const page = site();
      for (const q of order) same(q, (await lazily(q, page)).found);
    }
  });

  it('a query that names an owner loads that owner’s file only: its figures and those that name it', async () => {
    const { p, asked } = await lazily('乙水 培训人次');
    expect([...p.byId.keys()]).toEqual(['other-training', 'online-training', 'joint-base']);
    expect(asked).toEqual(['/search/answers.json', '/search/answers/1.json']);
    expect([...(await lazily('甲山 承办 全国决赛')).p.byId.keys()]).toContain('final-hosts');
  });

  it('one that names none loads the pieces of its words, then the files whose figures share a piece', async () => {
    const { p, asked } = await lazily('高技能人才');
    const pieces = asked.filter((a) => a.includes('/pieces-'));
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.length).toBeLessThan(files.pieces.length); // its pieces' and its synonyms', not all
    // … then, after them, the files whose figures share a piece (甲山's; 丁州's, for 技能): 乙水's and no one's do not
    expect(asked.slice(1 + pieces.length).sort()).toEqual(['/search/answers/0.json', '/search/answers/3.json']);
    expect([...p.shards].sort()).toEqual([0, 3]);
    expect([...(await lazily('世赛')).p.byId.keys()]).toContain('bases');
  });

  it('a file that fails is fetched again when next wanted, and the answer comes then', async () => {
    const page = site();
    page.served.failing.add('/search/answers/1.json');
    await expect(lazily('乙水 培训人次', page)).rejects.toThrow('503');
    page.served.failing.clear();
    expect((await lazily('乙水 培训人次', page)).found.answer?.figure.id).toBe('other-training');
  });

  it('after a new build, reads the new index, even while a query of the old one loads its files', async () => {
    const next = split(data, 'build-2');
    const page = site();
    const old = (await page.index())!;
    await page.loadFor(parse('甲山 技能人才总量', old), old);
    // The site is rebuilt: a file of the new build is refused, and the index is read again.
    page.served.build = next;
    await expect(page.loadFor(parse('乙水 培训人次', old), old)).rejects.toThrow(StaleAnswerData);
    // A query still holding the old index loads a file from a server not yet updated …
    page.served.build = files;
    await page.loadFor(parse('世赛', old), old);
    // … and the new index loads that file for itself, rather than wait for it forever.
    page.served.build = next;
    const fresh = (await page.index())!;
    expect(fresh.data.stamp).toBe('build-2');
    await expect(page.loadFor(parse('世赛', fresh), fresh)).resolves.toBeUndefined();
    expect(answer('世赛 集训基地', fresh).answer?.figure.id).toBe('bases');
  });

  it('a file the index names and the site no longer has counts as a new build', async () => {
    const page = site();
    const old = (await page.index())!;
    page.served.build = { ...split(data, 'build-2'), shards: [] };
    await expect(page.loadFor(parse('乙水 培训人次', old), old)).rejects.toThrow(StaleAnswerData);
    expect((await page.index())!.data.stamp).toBe('build-2');
  });

  it('refuses a file of another build', () => {
    const page = prepare(files.index);
    expect(() => addShard(page, 0, { ...files.shards[0]!, stamp: 'build-2' })).toThrow(StaleAnswerData);
    expect(() => addPieces(page, 0, { ...files.pieces[0]!, stamp: 'build-2' })).toThrow(StaleAnswerData);
    expect(page.byId.size).toBe(0);
  });
});
