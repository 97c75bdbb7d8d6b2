/**
 * Escaping for text the site writes into raw HTML by hand (set:html, strings of markup),
 * where Astro's own escaping does not reach. Each function is for one context.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or a quoted attribute value (either quote). */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML[c]!);

/**
 * JSON for the inside of a <script> element (JSON-LD): `<`, `>` and `&` become \u escapes,
 * so no value can close the element (`</script>`) or open a comment (`<!--`); U+2028 and
 * U+2029 too, for readers that take it as JavaScript. The JSON means the same.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
