/**
 * The milestones the timeline test draws, taken from the news and events on 2026-11-29.
 * Frozen copies, not the live content: correcting a figure on the site does not move a
 * chart snapshot. Change these only to change what a test draws.
 */
import type { Milestone } from '../../src/charts/timeline.ts';

export const milestones: Milestone[] = [
  {
    date: {
      year: 2021,
      month: 7,
      day: 14,
      inferred: [],
    },
    district: 'changning',
    districtName: '长宁',
    title: '长宁推进会发布《长宁职业技能新势力》手册',
    href: '/news/changning-new-occupations-handbook/',
    source: 'shanghai-certification-2021',
  },
  {
    date: {
      month: 4,
      day: 26,
      inferred: [],
      note: '原文只写“4月26日”，未写年份，文中也没有可据以确定年份的线索。2024只用于排序，页面上显示为“年份未载”。',
    },
    district: 'minhang',
    districtName: '闵行',
    title: '上海大零号湾工匠学院在闵行挂牌',
    href: '/news/dalinghaowan-craftsman-academy/',
    source: 'dalinghaowan-academy',
  },
  {
    date: {
      year: 2020,
      month: 5,
      day: 26,
      inferred: ['year'],
      note: '月日取自页面末尾的时间戳“05-26”；计划期为2020—2022年，报道以将来时介绍，推断为2020年。',
    },
    district: 'lingang',
    districtName: '临港',
    title: '临港新片区推出“一十百千万”职工技能登高计划',
    href: '/news/lingang-yishibaiqianwan-plan/',
    source: 'lingang-plan-2020',
  },
  {
    date: {
      year: 2020,
      month: 9,
      day: 11,
      inferred: [],
    },
    district: 'minhang',
    districtName: '闵行',
    title: '闵行两家高技能人才服务中心同日启动',
    href: '/news/minhang-skills-centre-launch/',
    source: 'minhang-centre-2020',
  },
  {
    date: {
      year: 2021,
      month: 7,
      inferred: [],
    },
    district: 'pudong',
    districtName: '浦东',
    title: '浦东在重点产业推开企业评价，普陀迎来首家民营认定机构',
    href: '/news/pudong-putuo-certification/',
    source: 'shanghai-certification-2021',
  },
  {
    date: {
      year: 2021,
      month: 7,
      day: 15,
      inferred: [],
    },
    district: 'putuo',
    districtName: '普陀',
    title: '普陀把世界青年技能日活动送进街镇社区',
    href: '/news/putuo-youth-skills-day/',
    source: 'shanghai-certification-2021',
  },
  {
    date: {
      year: 2021,
      month: 7,
      inferred: [],
    },
    district: 'shanghai',
    districtName: '上海',
    title: '上海企业技能等级认定机构达到100家',
    href: '/news/shanghai-certification-bodies/',
    source: 'shanghai-certification-2021',
  },
  {
    date: {
      year: 2023,
      month: 11,
      inferred: ['year'],
      note: '文中只写“截至11月20日”，未写年份。杭州亚（残）运会已经结束，且“行行出状元”擂台赛自2011年起已连续举办13年，据此推断为2023年。',
    },
    district: 'xiaoshan',
    districtName: '萧山',
    title: '萧山技能培训三项年度指标全部超额完成',
    href: '/news/xiaoshan-training-drive/',
    source: 'xiaoshan-training-2023',
  },
  {
    date: {
      year: 2020,
      month: 9,
      inferred: ['year'],
      note: '月份见于2020年9月11日闵行区高技能人才服务中心启动报道所附的“9—10月闵行区技能活动汇总”；预告本身未写年份，按该报道定为2020年。',
    },
    district: 'minhang',
    districtName: '闵行',
    title: '技能活动 3 项（沙龙、培训班等）',
    href: '/events/',
    source: 'minhang-centre-2020',
  },
  {
    date: {
      year: 2020,
      month: 10,
      inferred: ['year'],
      note: '月份见于2020年9月11日闵行区高技能人才服务中心启动报道所附的“9—10月闵行区技能活动汇总”；预告本身未写年份，按该报道定为2020年。',
    },
    district: 'minhang',
    districtName: '闵行',
    title: '技能活动 4 项（沙龙、培训班等）',
    href: '/events/',
    source: 'minhang-centre-2020',
  },
];
