import { z } from 'astro/zod';
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
      id: slug,
      /** Full name as the report gives it. */
      name: text,
      /** Short names a reader may type ("上汽", "燃气行业协会"): indexed for search. */
      aliases: z.array(text).default([]),
      /** Roles in the reports. */
      roles: z.array(z.enum(ORG_ROLES)).min(1, '至少要有一个角色'),
      /** Where it is; omit for bodies that work city-wide. */
      district: ref('districts').optional(),
      /** One or two sentences in our own words. */
      description: text,
      /** Present only for certifying bodies (认定机构). */
      certifier: z
        .object({
          /** Type within Shanghai's count; omitted where the report does not say. */
          type: z.enum(CERTIFIER_TYPES).optional(),
          /** Among the first batch of pilots, as the report says. */
          firstBatch: z.boolean().default(false),
          /** Occupations (工种/职业) it certifies, where stated. */
          occupations: z.number().int().positive().optional(),
          /** Levels (等级) it certifies, where stated. */
          levels: z.number().int().positive().optional(),
          /** Projects on file (备案项目), where stated. */
          projects: z.number().int().positive().optional(),
          /** What it certifies, in words, where stated (e.g. "网约配送员"). */
          scope: text.optional(),
        })
        .strict()
        .optional(),
      /** Reports that name it. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源'),
    })
    .strict()
    .refine((o) => !o.roles.includes('certifier') || o.certifier, {
      message: '角色含 certifier 时必须填写 certifier',
      path: ['certifier'],
    });
