/**
 * Splits text into runs a line must not break inside — dates (2023年11月20日, 4月26日),
 * numbers with their unit (34840人次, 2.6万人次, 51.74%, 10,000名) and Latin words — and the
 * text between them, which may wrap. Tables render the runs in <span class="nw">, so a
 * phone never shows "10,00" above "0名" or "2023年11" above "月20日".
 */
const RUN =
  /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日|底|末|初)?|[约近超逾]?\d[\d,.]*(?:[万亿])?(?:人次|[%％‰个名人家份项元所门场次天岁届期批位座条])?|[A-Za-z][A-Za-z0-9/+._-]*/g;

export interface Run {
  text: string;
  /** true: keep on one line. */
  keep: boolean;
}

export function runs(text: string): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), keep: false });
  return out;
}
