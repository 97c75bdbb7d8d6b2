/** Chinese labels for the schema's enums, in one place. */
export const LEVEL_LABEL = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  district: '区级',
  enterprise: '企业级',
} as const;

export const TRADE_GROUP_LABEL = {
  manufacturing: '制造与设备',
  crafts: '传统技艺',
  energy: '电力能源',
  logistics: '快递物流',
  education: '职业教育',
  aerospace: '航天',
  port: '港口',
  unstated: '报道未载明',
} as const;

export const CERTIFIER_TYPE_LABEL = {
  'municipal-soe': '市属企业',
  'district-soe': '区属企业',
  'municipal-association': '市级行业协会',
  'central-soe-branch': '央企分支机构',
  private: '民营企业',
} as const;

export const ORG_ROLE_LABEL = {
  certifier: '技能等级认定机构',
  employer: '用人单位',
  college: '职业院校',
  'training-school': '培训学校',
  academy: '工匠学院与高校',
  'service-centre': '服务中心',
  'training-base': '实训基地',
  government: '政府部门',
  union: '工会',
  association: '协会与团体',
  other: '其他',
} as const;

export const NEWS_KIND_LABEL = { event: '活动', programme: '计划', policy: '政策', results: '成果' } as const;
export const EVENT_KIND_LABEL = { salon: '沙龙', training: '培训班', lecture: '讲座', meeting: '会议' } as const;
export const STUDIO_KIND_LABEL = { master: '技能大师工作室', technician: '技师工作室', innovation: '创新工作室' } as const;
/** What kind of number a figure is, as a badge. A stock is not "已完成". */
export const KIND_LABEL = {
  target: '目标',
  achievement: '实绩',
  stock: '现有总数',
  count: '数量',
  rate: '完成率',
  share: '占比',
  duration: '时长',
  fact: '事实',
} as const;
/** What the report's qualifier word says about the true number. */
export const QUALIFIER_LABEL = {
  none: '原文无限定词',
  'at-least': '至少是这个数（原文“以上”“不少于”）',
  'more-than': '多于这个数（原文“逾”“超”“余”“多”）',
  nearly: '接近但不到这个数（原文“近”）',
  about: '大约是这个数（原文“约”“左右”）',
} as const;
/** Whether the report states a part of a date, we inferred it, or it is unknown (pages and downloads). */
export const DATE_STATUS_LABEL = { stated: '原文写明', inferred: '本站推断', unknown: '原文未载' } as const;
export const THEME_LABEL = {
  training: '培训',
  certification: '等级认定',
  studios: '工作室',
  plans: '规划目标',
  talent: '人才总量',
  college: '院校',
  subsidies: '资助',
  events: '活动',
  competitions: '技能比武',
  people: '人物',
} as const;

/** The names a figure's owners go by, as its page has them from their entries. */
export interface OwnerNames {
  district?: { name: string; shortName: string } | undefined;
  organization?: string | undefined;
  craftsman?: string | undefined;
}

/**
 * Whose a figure is, in words, the one way its page, title and citation say it: its district;
 * 全国 only for a figure marked `national`; otherwise the person or the organisation it
 * belongs to, and, in the 地区 row, that the report gives no district. A figure without a
 * district is not national unless it says so.
 */
export function figureWhose(f: { national?: true | undefined; label: string }, names: OwnerNames) {
  const owner = names.craftsman ?? names.organization;
  if (names.district) {
    return { short: names.district.shortName, full: names.district.name, place: names.district.name };
  }
  if (f.national) return { short: '全国', full: '全国', place: '全国（不属于某一个区）' };
  if (!owner) throw new Error(`figure “${f.label}” says neither its district, national, nor whose it is`);
  return { short: owner, full: owner, place: `报道未写明所在的区（这个数字属于${owner}）` };
}

/** A figure's page title: "萧山：职业技能培训 3.48万人次", its owner left out where the label already begins with it. */
export function figureTitle(f: { national?: true | undefined; label: string; wording: string }, names: OwnerNames): string {
  const { short } = figureWhose(f, names);
  return `${f.label.startsWith(short) ? '' : `${short}：`}${f.label} ${f.wording}`;
}
