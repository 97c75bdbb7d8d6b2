import { z } from 'astro/zod';
import { CERTIFIER_TYPE_LABEL, ORG_ROLE_LABEL } from './labels.ts';
import { type RefFactory, slug, text } from './shared.ts';

/** The five kinds of enterprise certifying body in Shanghai's count of 100. */
export const CERTIFIER_TYPES = ['municipal-soe', 'district-soe', 'municipal-association', 'central-soe-branch', 'private'] as const;

/** What an organisation is, as far as the reports show; one may be several. */
export const ORG_ROLES = [
  'certifier',
  'employer',
  'college',
  'training-school',
  'academy',
  'service-centre',
  'training-base',
  'government',
  'union',
  'association',
  'other',
] as const;

export const organizationSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id, e.g. "saic". */
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母，如 saic' }),
      /** Full name as the report gives it. */
      name: text.meta({ title: '名称', description: '全称，按报道的写法' }),
      /** Short names a reader may type ("上汽", "燃气行业协会"): indexed for search. */
      aliases: z.array(text).default([]).meta({ title: '简称', description: '读者可能输入的简称，如“上汽”“燃气行业协会”，用于站内搜索' }),
      /** Roles in the reports. */
      roles: z
        .array(z.enum(ORG_ROLES))
        .min(1, '至少要有一个角色')
        .meta({ title: '角色', description: '它在报道中的角色，可多选，至少一个；选了认定机构就要填写认定信息', options: ORG_ROLE_LABEL }),
      /** Where it is; omit for bodies that work city-wide. */
      district: ref('districts').optional().meta({ title: '所在地区', description: '所在的区；在全市范围工作的单位不填' }),
      /** One or two sentences in our own words. */
      description: text.meta({ multiline: true, title: '简介', description: '用本站自己的话写一两句' }),
      /** Present only for certifying bodies (认定机构). */
      certifier: z
        .object({
          /** Type within Shanghai's count; omitted where the report does not say. */
          type: z
            .enum(CERTIFIER_TYPES)
            .optional()
            .meta({ title: '认定机构类型', description: '在上海市认定机构统计中的类别；报道没有写的不选', options: CERTIFIER_TYPE_LABEL }),
          /** Among the first batch of pilots, as the report says. */
          firstBatch: z.boolean().default(false).meta({ title: '首批试点', description: '报道说它是首批试点之一时打开' }),
          /** Occupations (工种/职业) it certifies, where stated. */
          occupations: z
            .number()
            .int()
            .positive()
            .optional()
            .meta({ title: '职业（工种）数', description: '可以认定的职业（工种）数，正整数，报道写明时填写' }),
          /** Levels (等级) it certifies, where stated. */
          levels: z.number().int().positive().optional().meta({ title: '等级数', description: '可以认定的等级数，正整数，报道写明时填写' }),
          /** Projects on file (备案项目), where stated. */
          projects: z
            .number()
            .int()
            .positive()
            .optional()
            .meta({ title: '备案项目数', description: '备案的项目数，正整数，报道写明时填写' }),
          /** What it certifies, in words, where stated (e.g. "网约配送员"). */
          scope: text.optional().meta({ title: '认定范围', description: '用文字写它认定什么，如“网约配送员”，报道写明时填写' }),
        })
        .strict()
        .optional()
        .meta({ title: '认定信息', description: '只有技能等级认定机构填写；角色中有认定机构时必须填写' }),
      /** Reports that name it. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源').meta({ title: '来源报道', description: '提到它的报道，至少一篇' }),
    })
    .strict()
    .refine((o) => !o.roles.includes('certifier') || o.certifier, {
      message: '角色含 certifier 时必须填写 certifier',
      path: ['certifier'],
    });
