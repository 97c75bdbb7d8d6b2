/**
 * A chart embed's one script, which only enhances: it tells the page that frames it how tall
 * the chart is (on load and whenever that changes: fonts, a narrower frame), so the embed
 * code's listener can fit the frame to it. Without this script, or without the listener, the
 * frame keeps the height the embed code gives it, which fits a 320 px phone
 * (src/lib/present/embed.ts). The message carries only a number, to any origin.
 */
const figure = document.querySelector('figure');
if (figure && parent !== window) {
  const post = () => parent.postMessage({ skillsAtlasEmbedHeight: Math.ceil(figure.getBoundingClientRect().height) }, '*');
  new ResizeObserver(post).observe(figure);
}
