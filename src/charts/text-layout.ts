/**
 * Chinese text in a drawing: how wide a line is and where it breaks. Plot and the hand-drawn
 * timeline cannot measure text in the browser at build time, so widths are estimated from the
 * characters, generously, and every label is wrapped here before it is drawn.
 */
import { FONT_SIZE } from './theme.ts';

/**
 * Estimated advance of `text` at `size` px: CJK and full-width characters (and the middle dot,
 * which CJK fonts set full-width) are 1 em, digits and Latin about 0.6 em (generous, so a label
 * judged to fit does fit); bold adds 5 %.
 */
export function textWidth(text: string, size = FONT_SIZE, bold = false): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 && ch !== '·' ? (ch === ' ' ? 0.3 : 0.6) : 1;
  return w * size * (bold ? 1.05 : 1);
}

/**
 * Splits `text` into lines no wider than `width` px at `size` px, balanced so the last line is
 * not a lone character or two. A number or a Latin word stays whole ("2023年" may break after
 * 2023, "100%" never breaks); no line starts with closing punctuation or ends with opening
 * punctuation; a space stays at the end of the line it follows. The lines joined are the text.
 */
export function wrap(text: string, width: number, size = FONT_SIZE, bold = false): string[] {
  const lines = greedy(text, width, size, bold);
  if (lines.length < 2 || [...lines.at(-1)!].length > 2) return lines;
  // Never narrower than the widest piece that fits a line, so balancing breaks no number.
  const widest = Math.max(
    0,
    ...units(text)
      .map((u) => textWidth(u.trimEnd(), size, bold))
      .filter((w) => w <= width),
  );
  for (let w = Math.max(textWidth(text, size, bold) / lines.length, widest); w < width; w += size / 2) {
    const balanced = greedy(text, w, size, bold);
    if (balanced.length <= lines.length) return balanced;
  }
  return lines;
}

const CLOSING = '，。、：；！？）》」』”’·%％…';
const OPENING = '（《「『“‘';

/** The pieces no line break falls inside: runs of Latin letters, digits and signs, or one character, with the punctuation and space that must stay with them. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[\x21-\x7e]+|\s+|./gu) ?? []) {
    const last = out.at(-1);
    if (last !== undefined && (/^\s/.test(token) || CLOSING.includes(token[0]!) || OPENING.includes(last.at(-1)!)))
      out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

function greedy(text: string, width: number, size: number, bold: boolean): string[] {
  const fits = (s: string) => textWidth(s.trimEnd(), size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text)) {
    if (line && !fits(line + unit)) {
      lines.push(line);
      line = '';
    }
    if (fits(unit)) {
      line += unit;
      continue;
    }
    // Wider than a whole line (a long address): broken between characters.
    for (const ch of unit) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  return line ? [...lines, line] : lines;
}
