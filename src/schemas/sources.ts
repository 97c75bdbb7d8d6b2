import { z } from 'astro/zod';
import { reportDate, slug, text } from './shared.ts';

/** One of the news reports in `../shared/seeds/`: the only source of facts for the site. */
export const sourceSchema = z
  .object({
    /** Stable ASCII id, e.g. "minhang-centre-launch". */
    id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母，如 minhang-centre-launch' }),
    /** File name of the report in the seeds folder. */
    file: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, '应为种子文件名，如 000_d4e89d458f0978ee.txt')
      .meta({ title: '报道文件', description: '报道原文文件的名字，由开发者把原文放进报道文件夹后告知，如 000_d4e89d458f0978ee.txt' }),
    /** The report's headline, or a descriptive title in brackets where it has none. */
    title: text.meta({ title: '标题', description: '报道自己的标题；没有标题的，在方括号中写一个说明性的标题' }),
    /** True when `title` is the report's own headline, false when we had to describe it. */
    titleIsOriginal: z.boolean().meta({ title: '是否原标题', description: '标题是报道自己的就打开，是本站拟的就关上' }),
    /** The outlet, only where the text names it. */
    outlet: text.optional().meta({ title: '媒体', description: '刊发的媒体，只在报道文本写明时填写' }),
    /** The report's web address (or an archived copy's), only where the file itself gives one. */
    url: z
      .url({ protocol: /^https?$/, error: '应为报道文件中写明的 http(s) 网址' })
      .optional()
      .meta({ title: '网址', description: '报道（或其存档）的 http(s) 网址，只在报道文件本身给出时填写' }),
    /** Reporters and correspondents named in the byline, in the order given. */
    byline: z.array(text).default([]).meta({ title: '署名', description: '署名中的记者和通讯员，按原文顺序，每人一项' }),
    /**
     * Where the report appeared, as far as its file tells, in our own words: the outlet or
     * byline it names, a page timestamp, and plainly what it does not give (outlet, address,
     * archive reference). Required, so that "not given" is a statement, never a gap.
     */
    provenance: text.meta({
      multiline: true,
      title: '出处说明',
      description: '用本站的话写报道从哪里来：写明的媒体或署名、页面时间，以及没有给出什么；必填',
    }),
    /** Date of the report or of the event it reports, with its precision. */
    date: reportDate.meta({ title: '日期', description: '报道的日期，或它所报道的事的日期，按年、月、日分别填写' }),
    /** What the report covers, in our own words (one or two sentences). */
    summary: text.meta({ multiline: true, title: '摘要', description: '用本站自己的话写报道讲了什么，一两句' }),
    /** Caveats for a reader: scraping damage, inferred dates, internal inconsistencies. */
    notes: z
      .array(text)
      .default([])
      .meta({ multiline: true, title: '读者须知', description: '提醒读者注意的地方：抓取造成的损坏、推断的日期、报道内部的矛盾' }),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
