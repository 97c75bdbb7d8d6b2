/**
 * Colours are CSS variables, so charts follow the light and dark themes; each has a
 * fallback so a downloaded SVG still has colour. One hue, a neutral track and dashed
 * outlines for derived values: colour never carries meaning alone, every bar and point is
 * labelled, so the charts read the same for colour-blind readers and in greyscale print.
 */
export const C = {
  primary: 'var(--chart-1, #1f6fa8)',
  /** Text drawn on top of `primary`. */
  onPrimary: 'var(--chart-on-1, #ffffff)',
  target: 'var(--chart-target, #1f2a30)',
  track: 'var(--chart-track, #e6dfd2)',
} as const;

/** Chinese characters are wider than Plot estimates; label margins are set by hand from this. */
const CJK_CHAR_PX = 16;
export const FONT_SIZE = 15;
/** Drawing width: narrow enough that text stays legible when a phone scales it down. */
export const WIDTH = 520;
export const labelWidth = (labels: string[]) => Math.max(...labels.map((l) => [...l].length)) * CJK_CHAR_PX + 12;
