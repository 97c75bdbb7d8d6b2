/** Xiaoshan's certification reform: who certifies (enterprises vs social bodies) and whom (trained in-house or not). */
import { percent } from '../lib/content/derive.ts';
import { formatNumber, standsAt } from '../lib/present/format.ts';
import type { ChartDrawing, Get } from './spec.ts';
import { type Part, splits } from './splits.ts';

export function rows(get: Get): Part[] {
  const people = get('xiaoshan-certification-people').value;
  const self = get('xiaoshan-certification-self-trained').value;
  const firms = get('xiaoshan-certifying-enterprises').value;
  const bodies = get('xiaoshan-social-evaluation-bodies').value;
  return [
    { whole: `认定人数（${formatNumber(people)}人）`, part: '企业自主培育', value: self, share: percent(self, people), derived: '' },
    {
      whole: `认定人数（${formatNumber(people)}人）`,
      part: '其他',
      value: people - self,
      share: percent(people - self, people),
      derived: '是',
    },
    { whole: `认定机构（本站相加：${firms + bodies}家）`, part: '企业', value: firms, share: percent(firms, firms + bodies), derived: '' },
    {
      whole: `认定机构（本站相加：${firms + bodies}家）`,
      part: '社会评价机构',
      value: bodies,
      share: percent(bodies, firms + bodies),
      derived: '',
    },
  ];
}

export function build(get: Get): ChartDrawing {
  const data = rows(get);
  const id = 'xiaoshan-certification';
  const [self, other, firms, bodies] = data as [Part, Part, Part, Part];
  const people = self.value + other.value;
  const units = firms.value + bodies.value;
  const stated = get('xiaoshan-certification-self-trained-share').value;
  const title = `萧山等级认定：${get('xiaoshan-certification-self-trained-share').wording} 的认定对象由企业自主培育`;
  const description = `${formatNumber(people)}名认定对象中，${formatNumber(self.value)}人由企业自主培育（${self.share}%）；全区有等级认定企业${firms.value}家、社会评价机构${bodies.value}家。`;
  return {
    id,
    title,
    subtitle: `萧山区职业技能等级认定，${standsAt(get('xiaoshan-certification-people'))}`,
    description,
    columns: [
      { key: 'whole', label: '总体' },
      { key: 'part', label: '组成' },
      { key: 'value', label: '数量', numeric: true },
      { key: 'share', label: '占比（本站计算，%）', numeric: true },
      { key: 'derived', label: '是否推算' },
    ],
    rows: data,
    notes: [
      `报道写明企业自主培育占比 ${stated}%，本站由 ${self.value} ÷ ${people} 算得 ${self.share}%。“其他”= ${people} − ${self.value}，由本站推算。${firms.value} 家企业与 ${bodies.value} 家社会评价机构由本站相加得 ${units} 家，恰与报道的试点单位数（${get('xiaoshan-certification-pilot-units').wording}）相同，但报道没有说试点单位就是这两类之和。`,
    ],
    ...splits(data, { id, title, description }),
  };
}
