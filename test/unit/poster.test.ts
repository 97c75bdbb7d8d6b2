/**
 * The "一图读懂" long image (src/lib/images/poster.ts) keeps to its shape whatever its data:
 * phone width, about three screens long with four numbers, a chart and three takeaways, and
 * a QR code a phone can read; without a chart or takeaways it is shorter, never broken.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { drawPoster, type Poster } from '../../src/lib/images/poster.ts';
import { qrSvg } from '../../src/lib/images/qr.ts';
import { decodePng } from '../support/qr.ts';

const URL_ = 'https://jiangxin.gov.cn/districts/demo/';
const uri = (type: string, bytes: Uint8Array | string) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
/** A plain chart-sized picture standing in for a chart's PNG. */
const chart = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#1f6fa8"/></svg>',
)
  .render()
  .asPng();

const poster = async (over: Partial<Poster> = {}): Promise<Poster> => ({
  kind: 'poster',
  eyebrow: '示例市 · 技能工作一图读懂',
  title: '示例区',
  lede: '供测试用的区：三项指标全部超额。',
  figures: [
    { value: '34840人次', label: '已开展职业技能培训（实绩）', when: '截至2023年11月20日（年份为推断）' },
    { value: '超31万人', label: '技能人才总量（存量）', when: '年份为推断' },
    { value: '76家', label: '区级以上技能大师工作室（存量）', when: '截至2023年' },
    { value: '5926人', label: '等级认定人数（实绩）', when: '截至2023年10月31日' },
  ],
  chart: { src: uri('image/png', chart), width: 800, height: 500 },
  takeaways: ['第一条要点，说的是数字所支持的事。', '第二条要点稍长一些，要在手机屏幕上换行，看它是否仍在画面之内。', '第三条要点。'],
  sources: '来源：《示例报道》',
  url: URL_,
  qr: uri('image/svg+xml', await qrSvg(URL_)),
  ...over,
});

describe('the long image', () => {
  it('is phone-width, about three screens long, and its QR code reads as the page address', async () => {
    const png = await drawPoster(await poster());
    expect(png.readUInt32BE(16)).toBe(1080);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2400);
    expect(png.readUInt32BE(20)).toBeLessThanOrEqual(4200);
    expect(decodePng(png)).toBe(URL_);
  });

  it('is drawn the same, byte for byte, each time (a build that drew it and one that replayed it agree)', async () => {
    const p = await poster();
    expect((await drawPoster(p)).equals(await drawPoster(p))).toBe(true);
  });

  it('without a chart or takeaways is shorter, and still carries its QR code', async () => {
    const full = await drawPoster(await poster());
    const bare = await drawPoster(await poster({ chart: undefined, takeaways: [] }));
    expect(bare.readUInt32BE(20)).toBeLessThan(full.readUInt32BE(20));
    expect(decodePng(bare)).toBe(URL_);
  });
});
