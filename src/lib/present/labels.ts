/**
 * Chinese labels for pages and downloads. The enums' own names live beside the enums, in the
 * schemas (src/schemas/labels.ts), where the editing desk reads them too; they are re-exported
 * here for the pages.
 */
import { KIND_NAMES } from '../../schemas/figures.ts';

export {
  CERTIFIER_TYPE_LABEL,
  EVENT_KIND_LABEL,
  LEVEL_LABEL,
  NEWS_KIND_LABEL,
  ORG_ROLE_LABEL,
  STUDIO_KIND_LABEL,
  THEME_LABEL,
  TRADE_GROUP_LABEL,
} from '../../schemas/labels.ts';

/** What kind of number a figure is, as a badge (a stock is not "已完成"): the schema's names, a fact as plain 事实. */
export const KIND_LABEL = { ...KIND_NAMES, fact: '事实' } as const;
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
