/**
 * A district's takeaways (its long image's 要点) are claims over its figures, held to the
 * rules of a chart's text (chart-check.ts): numbers only through placeholders, no relative
 * time, and each sentence resting on at least one figure of that district.
 */
import { FIGURE_PLACEHOLDERS, placeholders } from '../../charts/text.ts';
import { claimProblems } from './chart-check.ts';
import type { ContentProblem, RawEntry } from './files.ts';
import type { CheckedFigure } from './sense.ts';

export function takeawayProblems(entries: readonly RawEntry[], figures: ReadonlyMap<string, CheckedFigure>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (e.collection !== 'districts' || !Array.isArray(e.data.takeaways)) continue;
    for (const [i, text] of e.data.takeaways.entries()) {
      if (typeof text !== 'string') continue; // the schema reports it
      const at = (message: string) => problems.push({ file: e.file, field: `takeaways[${i}]`, message });
      for (const message of claimProblems(text, FIGURE_PLACEHOLDERS, (id) => figures.get(id), '要点')) at(message);
      const cited = placeholders(text).flatMap((p) => p.args.filter((a) => figures.has(a)));
      if (cited.length === 0) at('要点要以本区的数字为据：至少用一个数字占位符，如 {wording:<数字 id>}');
      for (const id of cited) {
        const owner = figures.get(id)!.district;
        if (owner !== e.id) at(`“${id}”不是本区的数字（属于${owner ?? '别处'}）：要点只能以本区的数字为据`);
      }
    }
  }
  return problems;
}
