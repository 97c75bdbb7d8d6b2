/**
 * The one script every page loads (deferred, a few hundred bytes): it only enhances.
 * Without it, links, forms, tables and charts all work; with it, "/" focuses search and
 * copy and share buttons appear.
 */
import { CONTRAST_CLASS, CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES } from '../reader-prefs.ts';

// The pre-paint script in <head> (src/consts.ts) has set this already; again here in case a
// host's own policy refused that inline script.
document.documentElement.classList.add('js');

/** The header's menu: a popover only in the compact header (大 and 特大 on a phone, global.css). */
const menu = document.querySelector<HTMLElement>('#site-menu');
const menuButton = document.querySelector<HTMLElement>('.menu-button');
const compact = () => menuButton !== null && getComputedStyle(menuButton).display !== 'none';

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (box) {
    e.preventDefault();
    // In the compact header the box is in the closed menu: open it first.
    if (!box.checkVisibility()) menu?.showPopover();
    box.focus();
  }
});

/** Buttons with data-copy="text" or data-copy-from="#id" copy; data-share uses the Web Share API. */
document.addEventListener('click', async (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy], button[data-copy-from], button[data-share]');
  if (!button) return;
  const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  if (button.dataset.share !== undefined) {
    try {
      await navigator.share({ title: document.title, url: button.dataset.share || location.href });
    } catch {
      /* the reader closed the share sheet */
    }
    return;
  }
  const from = button.dataset.copyFrom ? document.querySelector(button.dataset.copyFrom) : null;
  let text = button.dataset.copy ?? from?.textContent?.trim() ?? '';
  if (button.dataset.fillDate !== undefined) text = text.replace('引用日期', new Date().toISOString().slice(0, 10));
  try {
    await navigator.clipboard.writeText(text);
    say('已复制');
  } catch {
    say('无法自动复制，请手动选择文字复制');
  }
});

for (const b of document.querySelectorAll<HTMLElement>('[data-share]')) {
  if (!('share' in navigator)) b.remove();
}

/**
 * Text size (标准 / 大 / 特大): the header's buttons put a class on <html> (global.css scales
 * the root font size from it) and remember it in localStorage for every page.
 */
function setTextSize(value: string) {
  const root = document.documentElement;
  root.classList.remove(...TEXT_SIZES);
  if (TEXT_SIZES.includes(value)) root.classList.add(value);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]'))
    b.setAttribute('aria-pressed', String(b.dataset.textSize === (TEXT_SIZES.includes(value) ? value : '')));
}
let savedSize = '';
try {
  savedSize = localStorage.getItem(TEXT_SIZE_KEY) ?? '';
} catch {
  /* storage blocked: the default size */
}
setTextSize(savedSize);
document.addEventListener('click', (e) => {
  const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-text-size]');
  if (!b) return;
  const value = b.dataset.textSize ?? '';
  setTextSize(value);
  // A size that folds the header keeps its menu open, so the reader sees what they chose; one
  // that unfolds it closes the popover, whose contents are back in the header.
  if (menu && typeof menu.showPopover === 'function') {
    if (compact() && !menu.matches(':popover-open')) menu.showPopover();
    else if (!compact() && menu.matches(':popover-open')) menu.hidePopover();
  }
  try {
    if (value) localStorage.setItem(TEXT_SIZE_KEY, value);
    else localStorage.removeItem(TEXT_SIZE_KEY);
  } catch {
    /* not remembered, but applied */
  }
});

/**
 * High contrast (高对比): the header's button puts .contrast on <html> (global.css then uses
 * black on white, or white on black in the dark theme) and remembers it like the text size.
 */
function setContrast(on: boolean) {
  document.documentElement.classList.toggle(CONTRAST_CLASS, on);
  for (const b of document.querySelectorAll('button[data-contrast]')) b.setAttribute('aria-pressed', String(on));
}
try {
  setContrast(localStorage.getItem(CONTRAST_KEY) === '1');
} catch {
  /* storage blocked: normal contrast */
}
document.addEventListener('click', (e) => {
  if (!(e.target as HTMLElement).closest('button[data-contrast]')) return;
  const on = !document.documentElement.classList.contains(CONTRAST_CLASS);
  setContrast(on);
  try {
    if (on) localStorage.setItem(CONTRAST_KEY, '1');
    else localStorage.removeItem(CONTRAST_KEY);
  } catch {
    /* not remembered, but applied */
  }
});

/**
 * Read aloud (朗读全文 / 停止) on stories, showcases and figures: the page's [data-read-aloud]
 * button (shown by CSS where the pre-paint script found speech synthesis) reads the blocks it
 * names in zh-CN, one utterance per block (long utterances stop early in some browsers).
 */
const slot = document.querySelector<HTMLElement>('[data-read-aloud]');
/** Inside a block read aloud: the link to a figure's sources, and text meant for screen readers only. */
const SKIPPED = '.stat-link, .visually-hidden';
const readButton = slot?.querySelector('button');
const synth = window.speechSynthesis;
if (slot && readButton && synth && window.SpeechSynthesisUtterance) {
  const label = (speaking: boolean) => {
    readButton.textContent = speaking ? '停止' : '朗读全文';
  };
  readButton.addEventListener('click', () => {
    if (readButton.textContent === '停止') {
      synth.cancel();
      label(false);
      return;
    }
    synth.cancel();
    const blocks = [...document.querySelectorAll<HTMLElement>(slot.dataset.readAloud || 'main h1')]
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => {
        if (!el.querySelector(SKIPPED)) return el.innerText.trim();
        const copy = el.cloneNode(true) as HTMLElement;
        for (const skip of copy.querySelectorAll(SKIPPED)) skip.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      })
      .filter(Boolean);
    blocks.forEach((text, i) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      if (i === blocks.length - 1) u.onend = u.onerror = () => label(false);
      synth.speak(u);
    });
    label(blocks.length > 0);
  });
  addEventListener('pagehide', () => synth.cancel());
}
