/**
 * Pagefind's excerpts, made to read as Chinese sentences about their result. Kept apart from
 * the search page's script so that they can be tested without a page.
 */

/**
 * Where a Chinese or English sentence, or a clause set off by a semicolon, ends; the ". "
 * Pagefind puts where a heading, a cell or a list item ends; and the " · " between the
 * facts of a card's line (trade · employer · district).
 */
const SENTENCE_END = /[。！？；!?;]|\.(?=\s)|\s·(?=\s)/;

/**
 * Pagefind's excerpt, made to read as Chinese: the ". " it puts between a heading, a cell
 * or a list item and the next becomes 。, neighbouring highlights join, and the print-only
 * address line (本页网址：…) and a list of other names go. Given the page's indexed text,
 * an excerpt that starts inside a sentence starts at the next one instead, unless that
 * would drop a highlight (“山区。李庆恒。…”, the tail of 萧山区, becomes “李庆恒。…”).
 */
export function cleanExcerpt(html: string, content?: string): string {
  return (
    fromSentenceStart(html, content)
      .replace(/本页网址[:：]?\s*\S*/g, '')
      // A district's other names (“萧山区，也称萧山、杭州萧山”), with the name the line starts
      // with, and a story's hidden keywords (“关键词：…”) are there to be searched, not read.
      .replace(/(?<=^|[。.！？]\s?|\s)(?:[^。.\s<>，,]|<\/?mark>)+[，,]也称(?:[^。.<]|<\/?mark>)*[。.]?\s*/g, '')
      .replace(/[，,]?也称(?:[^。.<]|<\/?mark>)*[。.]?\s*/g, '')
      .replace(/关键词[:：](?:[^。.<]|<\/?mark>)*[。.]?\s*/g, '')
      .replace(/<\/mark><mark>/g, '')
      .replace(/(?<=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef]|<\/mark>)\.\s+(?=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef]|<mark>|\d)/g, '。')
      .trim()
      // What was cut from the start leaves its full stop or separator behind.
      .replace(/^[.。·]\s*/, '')
  );
}

/**
 * The excerpt from the first sentence that starts within it, when it starts inside one of the
 * page's sentences: without what comes before the first sentence end, if that holds no
 * highlight and text follows; else with “…” before it. Unchanged when the page's text is not
 * given or does not hold the excerpt, or the excerpt starts where a sentence does.
 */
export function fromSentenceStart(html: string, content?: string): string {
  if (!content) return html;
  // Pagefind marks its word boundaries in the page's text with zero-width spaces.
  const text = content.replaceAll('\u200b', '');
  const plain = html.replace(/<\/?mark>|\u200b/g, '');
  const at = text.indexOf(plain.slice(0, 12));
  const before = text[at - 1] ?? '';
  if (at <= 0 || /[。！？；!?;.\s]/.test(before) || /^\s*[.。·]/.test(plain)) return html;
  const end = html.search(SENTENCE_END);
  const mark = html.indexOf('<mark>');
  const rest = end < 0 ? '' : html.slice(end + 1).trimStart();
  const kept = (mark < 0 || mark > end) && rest.replace(/<\/?mark>/g, '').trim() !== '';
  return kept ? rest : `…${html}`;
}
