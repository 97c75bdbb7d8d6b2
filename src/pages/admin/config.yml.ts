import { DESK_AUTH_URL, DESK_REPO } from 'astro:env/server';
import { dump } from 'js-yaml';
import { deskConfig } from '../../desk/config.ts';

/** The editing desk's configuration, generated from the schemas at every build (src/desk/config.ts). */
export function GET() {
  const yaml = dump(deskConfig({ repo: DESK_REPO, authUrl: DESK_AUTH_URL }), { lineWidth: -1, noRefs: true });
  return new Response(`# 由 src/desk/config.ts 据内容模式生成，请勿手改。\n${yaml}`, {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
}
