/**
 * The Chinese names of the schemas' enums, beside the schemas: the editing desk offers the
 * values by these names (each enum's `.meta({ options })`), and the pages show them
 * (src/lib/present/labels.ts re-exports them).
 */
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
