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

/** How a value the site computed is drawn: light, with a dashed outline, never like a reported one. */
export const DERIVED_LOOK = { fill: C.track, stroke: C.primary, strokeDasharray: '4 3' } as const;

/**
 * Chart text in CSS pixels at the width a rendering is drawn for, labels and axis alike. A
 * page shows each rendering at 12/13 to 1.23 times its width (artboards.ts), so the text reads
 * at 12 to 16 px at 标准 on every screen, and grows with the reader's chosen text size.
 */
export const FONT_SIZE = 13;
/** The standalone SVG and PNG downloads are drawn at this width. */
export const FILE_WIDTH = 520;
