/**
 * A page's QR code as SVG, drawn at build time: the share box prints it, the long image
 * carries it. Choosing a code's mask takes ~0.3 ms, and a build draws one for every page
 * (14,000 at 10,000 profiles), so the codes are kept between builds in one pack file in
 * the image cache, read once: as one small file each, reading them back took 3.2 s of a
 * 10,000-profile rebuild (two files a page, in a folder of 40,000).
 *
 * The pack is written by `keepQrCodes()` at the end of a build, with the codes that build
 * used and those of the pages it copied from the last build unrendered (Astro's incremental
 * build) that are still in the site, and only when it differs from the pack that was read. There is one for each
 * project folder and site address, so that builds for two addresses (`npm start`, `npm run
 * desk`, a deployment) do not take turns replacing each other's. It is checked like every
 * cached file (cache.ts): a pack that does not match its hash is ignored whole.
 */
import { existsSync } from 'node:fs';
import QRCode from 'qrcode';
import { cacheFile, load, store } from './cache.ts';

const OPTIONS = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;

interface Codes {
  /** The pack's file. */
  pack: string;
  /** Codes read from the pack, by address. */
  kept: Map<string, string>;
  /** Codes used by this build, by address (drawn or being drawn): what the next pack holds. */
  used: Map<string, Promise<string>>;
  drawn: number;
}

declare global {
  // Astro renders pages with a bundled copy of this module and runs the build's hooks with
  // another, in one process: the codes live on `globalThis` for both to reach.
  var skillsAtlasQrCodes: Codes | undefined;
}

/** This build's codes, the pack read at its first code (whose address names the site). */
function codes(url: string): Codes {
  if (!globalThis.skillsAtlasQrCodes) {
    const pack = cacheFile(['qr-pack-1', OPTIONS, process.cwd(), new URL(url).origin], 'json');
    const bytes = load(pack);
    let kept = new Map<string, string>();
    if (bytes) {
      try {
        kept = new Map(Object.entries(JSON.parse(bytes.toString()) as Record<string, string>));
      } catch {
        // a pack that matches its hash but is not a list of codes: draw them all again
      }
    }
    globalThis.skillsAtlasQrCodes = { pack, kept, used: new Map(), drawn: 0 };
  }
  return globalThis.skillsAtlasQrCodes;
}

export function qrSvg(url: string): Promise<string> {
  const state = codes(url);
  let svg = state.used.get(url);
  if (!svg) {
    const kept = state.kept.get(url);
    if (kept === undefined) state.drawn++;
    // A copy: the library adds its defaults to the options it is given.
    svg = kept === undefined ? QRCode.toString(url, { ...OPTIONS }) : Promise.resolve(kept);
    state.used.set(url, svg);
  }
  return svg;
}

/**
 * Writes the codes this build used, and those of pages in the built site `dir` that it did
 * not render, as the next build's pack, unless they are the pack it read. Returns how many
 * were drawn and how many reused; the next build starts afresh.
 */
export async function keepQrCodes(dir: URL): Promise<{ drawn: number; reused: number }> {
  const state = globalThis.skillsAtlasQrCodes;
  globalThis.skillsAtlasQrCodes = undefined;
  if (!state) return { drawn: 0, reused: 0 };
  const urls = [...state.used.keys()];
  const svgs = await Promise.all(state.used.values());
  const next = new Map(urls.map((url, i) => [url, svgs[i]!]));
  for (const [url, svg] of state.kept) if (!next.has(url) && inSite(url, dir)) next.set(url, svg);
  if (state.drawn > 0 || next.size !== state.kept.size) store(state.pack, Buffer.from(JSON.stringify(Object.fromEntries(next))));
  return { drawn: state.drawn, reused: state.used.size - state.drawn };
}

/** Whether the page at `url` is in the built site `dir`. */
function inSite(url: string, dir: URL): boolean {
  const path = new URL(url).pathname;
  return existsSync(new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, dir));
}
