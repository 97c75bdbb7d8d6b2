/**
 * The reader's remembered choices: where they are kept in localStorage and the classes they
 * put on <html>. Read before the first paint by the inline script (src/consts.ts) and set by
 * the header's buttons (src/client/site.ts); both take them from here.
 */
export const TEXT_SIZE_KEY = 'text-size';
/** The larger text sizes (大, 特大), each a class on <html>; 标准 is neither. */
export const TEXT_SIZES: readonly string[] = ['text-large', 'text-xlarge'];
export const CONTRAST_KEY = 'contrast';
/** The class high contrast (高对比) puts on <html>. */
export const CONTRAST_CLASS = 'contrast';
