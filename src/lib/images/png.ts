/**
 * SVG to PNG at build time with resvg, using the Noto Sans SC font shipped in an npm
 * package (no system fonts, no network), so Chinese renders the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { cached } from './cache.ts';
import { encodePng } from './png-encode.ts';

const require = createRequire(import.meta.url);
export const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/noto-sans-sc/${f}`),
);

/** The PNG of an SVG at a given width; drawn once per distinct SVG, then read from the cache. */
export function svgToPng(svg: string, width: number): Promise<Buffer> {
  return cached(['png-2', svg, width], () => {
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      background: '#ffffff',
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
    });
    return encodePng(resvg.render());
  });
}
