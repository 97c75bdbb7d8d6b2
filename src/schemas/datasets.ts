import { z } from 'astro/zod';
import { THEME_LABEL } from './labels.ts';
import { type RefFactory, slug, text } from './shared.ts';

/**
 * A group of figures published together, with its own CSV and JSON download. A dataset is
 * one file, `data/datasets/<id>.json`: these fields plus `figures`, the figures themselves.
 */
export const datasetSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id: the file name without `.json`. */
      id: slug.meta({ title: '编号', description: '即文件名去掉 .json：小写英文字母、数字和连字符，至少一个字母' }),
      /** Title in Chinese. */
      title: text.meta({ title: '标题', description: '中文标题' }),
      /** What the dataset holds and how to read it, in our own words. */
      description: text.meta({ multiline: true, title: '说明', description: '用本站自己的话写数据集包含什么、怎样阅读' }),
      /** The theme it belongs to. */
      theme: z
        .enum(['training', 'certification', 'studios', 'plans', 'talent', 'college', 'subsidies', 'events', 'competitions', 'people'])
        .meta({ title: '主题', description: '数据集所属的主题', options: THEME_LABEL }),
      /** Districts it covers. */
      districts: z.array(ref('districts')).min(1).meta({ title: '涉及地区', description: '数据集涉及的地区，至少一个' }),
    })
    .strict();
