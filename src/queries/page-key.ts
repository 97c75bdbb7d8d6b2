/**
 * What a page's output depends on beyond its code and its own text, as one key for Astro's
 * incremental build (`experimental.incrementalBuild`): a page whose getStaticPaths gives this
 * key is copied from the last build instead of rendered when the key, its code (Astro hashes
 * the page's modules and its scripts' own) and the MDX it renders (Astro hashes each rendered
 * entry) are all as they were. Astro sees neither the collections' data nor the repository's
 * history nor the deployment's settings, so the key is all of them: every entry of every
 * collection, its id and fields, in the order pages get them; the figures' history; the
 * astro:env values; and the Node and ICU versions, which sort Chinese names. It also holds the
 * names of the scripts and styles this build wrote (its _astro/ folder, written before any
 * page; where, src/integrations/page-keys.ts says): a shared chunk renamed by another page's
 * script renames the scripts that import it, and a copied page must not name a file the site
 * no longer has. Any change to any of them renders every keyed page again, as a build without
 * the cache would; a change to one story's text renders only its page (and the pages that are
 * never keyed, such as lists).
 */

import { getCollection } from 'astro:content';
import { CONTACT_EMAIL, DESK_AUTH_URL, DESK_REPO } from 'astro:env/server';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { collections } from '../content.config.ts';
import { history, once } from './collections.ts';

type Name = keyof typeof collections;

declare global {
  /** Where this build writes its scripts and styles (src/integrations/page-keys.ts). */
  var skillsAtlasAssets: string | undefined;
}

export const pageKey = once(async () => {
  const hash = createHash('sha256');
  for (const name of Object.keys(collections).sort() as Name[]) {
    for (const { id, data } of await getCollection(name)) hash.update(`${name}\0${id}\0${JSON.stringify(data)}\n`);
  }
  const { available, changes, figures } = await history();
  hash.update(JSON.stringify([available, changes, [...figures]]));
  hash.update(JSON.stringify([CONTACT_EMAIL, DESK_AUTH_URL, DESK_REPO]));
  hash.update(JSON.stringify([process.versions.node, process.versions.icu]));
  const assets = globalThis.skillsAtlasAssets;
  if (!assets) throw new Error('page-key: no folder of scripts and styles to key by; is the pageKeys() integration in astro.config.mjs?');
  hash.update(JSON.stringify(existsSync(assets) ? readdirSync(assets, { recursive: true }).sort() : []));
  return hash.digest('hex');
});

/** getStaticPaths' paths, each with the key (in `astro dev`, which copies nothing, without). */
export async function keyed<T extends object>(paths: T[]): Promise<(T & { cacheKey?: string })[]> {
  if (import.meta.env.DEV) return paths;
  const cacheKey = await pageKey();
  return paths.map((path) => ({ ...path, cacheKey }));
}
