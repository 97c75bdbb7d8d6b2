/**
 * A district showcase's print control (the page's one extra script, a few hundred bytes):
 * the 打印简报 button prints, and a print carries today's date in its header. WeChat's
 * in-app browser cannot print, so there the button gives way to a hint pointing at the PDF
 * brief and the long image, which are plain links and work everywhere.
 */
const button = document.querySelector<HTMLButtonElement>('button[data-print]');
if (/MicroMessenger/i.test(navigator.userAgent)) {
  button?.remove();
  document.querySelector<HTMLElement>('[data-wechat-hint]')?.removeAttribute('hidden');
} else {
  button?.addEventListener('click', () => window.print());
}

const stamp = document.querySelector<HTMLElement>('[data-print-date]');
addEventListener('beforeprint', () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (stamp) stamp.textContent = `打印日期：${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
});
