import { z } from 'astro/zod';
import { type RefFactory, slug, text } from './shared.ts';

/**
 * An official or guest whose words or actions the site reports (not a profiled craftsman):
 * named, with the title and organisation the report gives, so that a paraphrase names its
 * speaker instead of "a leader".
 */
export const personSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id, the name in pinyin: "zhou-guoliang". */
      id: slug.meta({ title: '编号', description: '姓名的拼音，小写字母加连字符，如 zhou-guoliang' }),
      /** Name as the report gives it. */
      name: text.meta({ title: '姓名', description: '按报道的写法' }),
      /** Title or titles as the report gives them: "主任", "党组成员、副主席". */
      title: text.meta({ title: '职务', description: '按报道的写法，可以有几个，如“主任”“党组成员、副主席”' }),
      /** The organisation the title belongs to, if it is on the site. */
      organization: ref('organizations').optional().meta({ title: '所属机构', description: '职务所在的单位，本站收录了的才填' }),
      /** What the report says they said or did, in our own words; brief quotes in “”. */
      summary: text.meta({
        multiline: true,
        title: '言行摘要',
        description: '用本站自己的话写报道中他们说了什么、做了什么；简短的引语用“”',
      }),
      /** The reports that name them. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源').meta({ title: '来源报道', description: '提到其人的报道，至少一篇' }),
    })
    .strict();
