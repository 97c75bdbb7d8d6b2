import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DrawingJob } from '../lib/images/drawings.ts';
import { writeCards } from '../lib/images/og-pool.ts';
import { keepQrCodes } from '../lib/images/qr.ts';

/**
 * Draws the share images after `astro build` has written the pages: it takes the list the
 * page /og/cards.json wrote, removes it from the site, and writes /og/<kind>/<id>.png,
 * drawing only cards not in the cache, on every core. (`astro dev` serves no share images.)
 * It also keeps the QR codes the pages' share boxes drew, for the next build (qr.ts).
 */
export function shareImages(): AstroIntegration {
  return {
    name: 'skills-atlas:share-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const codes = await keepQrCodes(dir);
        logger.info(
          `二维码：绘制 ${codes.drawn} 个，缓存复用 ${codes.reused} 个 (QR codes: ${codes.drawn} drawn, ${codes.reused} from cache)`,
        );
        const list = fileURLToPath(new URL('og/cards.json', dir));
        const jobs = JSON.parse(readFileSync(list, 'utf8')) as DrawingJob[];
        rmSync(list);
        const start = performance.now();
        const { drawn, reused } = await writeCards(jobs, fileURLToPath(new URL('og/', dir)));
        logger.info(
          `分享图：绘制 ${drawn} 张，缓存复用 ${reused} 张 (share images: ${drawn} drawn, ${reused} from cache) in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
