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

/**
 * Chart text in CSS pixels. Drawings are never scaled (see fluid.ts), so this is the size a
 * reader sees on every screen: above the 12 px floor on a phone, below the 17 px body text.
 */
export const FONT_SIZE = 14;
/** Axis ticks and titles. */
export const SMALL_SIZE = 13;
/**
 * The narrowest card a chart is drawn in: a 320 px phone leaves 280 px inside the card. Label
 * placement is decided for this width, so it holds at every wider one.
 */
export const MIN_WIDTH = 280;
/** Nominal width: the standalone SVG and PNG downloads are drawn at this width. */
export const WIDTH = 520;
