import { z } from 'astro/zod';
import type { RefFactory } from './shared.ts';

/**
 * What a listing page leads with, so that the page itself names no figure or dataset:
 * the figures shown above its list and the datasets it points to for the totals.
 */
export const listingSchema = (ref: RefFactory) =>
  z
    .object({
      /** The listing page it belongs to: /studios/ or /organizations/. */
      id: z.enum(['studios', 'organizations']).meta({
        title: '列表页',
        description: '所属的列表页：/studios/ 或 /organizations/',
        options: { studios: '工作室', organizations: '机构' },
      }),
      /** Figures shown above the list, most important first. */
      leadFigures: z.array(ref('figures')).default([]).meta({ title: '列表上方的数字', description: '显示在列表上方的数字，最重要的在前' }),
      /** Datasets the page links to. */
      datasets: z.array(ref('datasets')).default([]).meta({ title: '相关数据集', description: '页面链接到的数据集，读者从中看总数' }),
    })
    .strict();
