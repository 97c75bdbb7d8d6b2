/**
 * A page's QR code as SVG, drawn at build time and cached by its address (choosing its mask
 * takes ~0.3 ms a page, 3 s of a 10,000-profile build): the share box prints it, the long
 * image carries it.
 */
import QRCode from 'qrcode';
import { cached } from './cache.ts';

const OPTIONS = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;

export async function qrSvg(url: string): Promise<string> {
  return (await cached(['qr-1', url, OPTIONS], async () => Buffer.from(await QRCode.toString(url, OPTIONS)), 'svg')).toString();
}
