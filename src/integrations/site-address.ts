import type { AstroIntegration } from 'astro';
import { PREVIEW_URL } from '../site-address.ts';

/**
 * A build is made to be published, so it must be told where: `astro build` without
 * `SITE_URL` stops before anything is written, instead of putting a loopback address into
 * every citation, QR code, feed and brief. `npm start`, the tests and the benchmark name
 * their local address themselves. `astro dev`, `astro check` and `astro preview` need no
 * address and use the local one (src/site-address.ts).
 */
export function siteAddressRequired(): AstroIntegration {
  return {
    name: 'skills-atlas:site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !process.env.SITE_URL?.trim()) {
          throw new Error(
            `SITE_URL 未设置：请写明站点发布的地址，例如 SITE_URL=https://你的域名/ npm run build；只在本机预览请用 npm start（它按 ${PREVIEW_URL} 构建）。` +
              ` (SITE_URL is not set: a build is for publishing and must name its address.)`,
          );
        }
      },
    },
  };
}
