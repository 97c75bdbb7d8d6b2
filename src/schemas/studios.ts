import { z } from 'astro/zod';
import { LEVEL_LABEL, STUDIO_KIND_LABEL } from './labels.ts';
import { level, type RefFactory, slug, text } from './shared.ts';

/** A master (大师) or technician (技师) studio: a named workshop where a master trains others. */
export const studioSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id. */
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Name as the report gives it or, where it gives none, as described (see `nameIsOriginal`). */
      name: text.meta({ title: '名称', description: '报道给出的名称；报道没有给出的，写一个描述性的名称，并把“是否原名”选为否' }),
      /** False when the report does not give the studio's exact name. */
      nameIsOriginal: z.boolean().meta({ title: '是否原名', description: '报道给出了工作室的确切名称就打开，没有给出就关上' }),
      /** Master studio (大师工作室), technician studio (技师工作室) or innovation studio (创新工作室). */
      kind: z
        .enum(['master', 'technician', 'innovation'])
        .meta({ title: '工作室类型', description: '技能大师工作室、技师工作室或创新工作室', options: STUDIO_KIND_LABEL }),
      /** Level of recognition; omitted where the report does not state it. */
      level: level.optional().meta({ title: '级别', description: '认定的级别；报道没有写的不选', options: LEVEL_LABEL }),
      /** Who awarded or recognised it, in words (e.g. "上海市"), where stated. */
      recognisedBy: text.optional().meta({ title: '认定单位', description: '由谁授予或认定，用文字写，如“上海市”，报道写明时填写' }),
      /** The master who leads it. */
      owner: ref('craftsmen').optional().meta({ title: '领衔人', description: '领衔这个工作室的大师' }),
      /** The employer that hosts it. */
      organization: ref('organizations').optional().meta({ title: '依托单位', description: '设立这个工作室的单位' }),
      /** Where it is; omitted where the report does not say. */
      district: ref('districts').optional().meta({ title: '所在地区', description: '所在的区；报道没有写的不填' }),
      /** What the report says about it, in our own words. */
      description: text.meta({ multiline: true, title: '简介', description: '用本站自己的话写报道怎样介绍它' }),
      /** Reports that name it. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源').meta({ title: '来源报道', description: '提到它的报道，至少一篇' }),
    })
    .strict();
