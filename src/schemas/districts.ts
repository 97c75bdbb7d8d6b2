import { z } from 'astro/zod';
import { type RefFactory, text } from './shared.ts';

/** A place whose skills work the site reports: a city as a whole, a district or a new area. */
export const districtSchema = (ref: RefFactory) =>
  z
    .object({
      /** Full name, e.g. "闵行区". */
      name: text.meta({ title: '全称', description: '地区的全称，如“闵行区”' }),
      /** Short name used in filters and charts, e.g. "闵行". */
      shortName: text.meta({ title: '简称', description: '筛选和图表中用的简称，如“闵行”' }),
      /** City it belongs to, e.g. "上海市" or "杭州市". */
      city: text.meta({ title: '所属城市', description: '所属的城市，如“上海市”或“杭州市”' }),
      /** Province the city belongs to, e.g. "浙江省"; none for a city under the state council (上海市). */
      province: text.optional().meta({ title: '所属省份', description: '城市所属的省，如“浙江省”；直辖市（如上海市）不填' }),
      /** What kind of place it is. */
      kind: z.enum(['city', 'district', 'new-area']).meta({
        title: '地区类型',
        description: '这是什么样的地方：全市、一个区或一个新区',
        options: { city: '全市', district: '区', 'new-area': '新区' },
      }),
      /** One line for cards and share images, in our own words. */
      tagline: text.meta({ title: '一句话介绍', description: '用本站自己的话写一句，用在卡片和分享图片上' }),
      /** Other names a reader may type: "莘庄工业区", "临港". */
      aliases: z.array(text).default([]).meta({ title: '别名', description: '读者可能输入的其他名称，如“莘庄工业区”“临港”' }),
      /** Position in lists: city-wide first, then districts. */
      order: z.number().int().nonnegative().meta({ title: '排序', description: '在列表中的位置，填 0 或正整数：全市在前，各区在后' }),
      /** The headline figures of the showcase page, most important first. */
      keyFigures: z.array(ref('figures')).default([]).meta({ title: '重点数字', description: '展示页上的主要数字，最重要的在前' }),
      /**
       * What the district's figures show, in at most three sentences of our own, for its long
       * image ("一图读懂"). Each rests on the district's figures: a number is never typed, it
       * is a placeholder the figure fills (`{wording:<figure>}`, `{standsAt:<figure>}`, the
       * chart placeholders of src/charts/text.ts), and the content check holds each sentence
       * to at least one figure of this district.
       */
      takeaways: z.array(text).max(3, '最多三条要点').default([]).meta({
        multiline: true,
        title: '要点',
        description: '“一图读懂”的要点，最多三句，每句都用到本区的数字；数字不直接写，用占位符代入',
      }),
    })
    .strict();
export type District = z.infer<typeof districtSchema>;
