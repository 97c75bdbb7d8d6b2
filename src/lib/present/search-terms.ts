/**
 * Words a reader types for a figure that its page need not contain: “萧山区培训人数” should
 * find “已开展职业技能培训 34840人次”. Figure pages give these to Pagefind as keywords
 * metadata (searchable, never shown in an excerpt); the district's full and short names
 * are already in the page's eyebrow and title. The words live in data/search-terms.json
 * (`unit-words` and `figure-kind-words`), where the editors keep the search's other terms.
 */
import type { FigureRecord } from '../../schemas/figures.ts';
import type { SearchTerm } from '../../schemas/search-terms.ts';

/**
 * The words for a figure's unit and kind that its label, wording and description do not
 * already use: a page that says 人数 ranks on its own text, and one that says only 人次
 * gains 人数, so neither crowds the other out.
 */
export function figureKeywords(
  f: Pick<FigureRecord, 'unit' | 'kind' | 'label' | 'counts' | 'wording'>,
  terms: readonly SearchTerm[],
): string[] {
  const text = `${f.label}${f.counts}${f.wording}`;
  const forUnit = terms.flatMap((t) => (t.kind === 'unit-words' && t.units.includes(f.unit) ? t.words : []));
  const forKind = terms.flatMap((t) => (t.kind === 'figure-kind-words' && t.figureKind === f.kind ? t.words : []));
  return [...new Set([...forUnit, ...forKind])].filter((w) => !text.includes(w));
}
