/**
 * `npm run desk`: the editing desk against this working copy. Serves the built site (dist/)
 * with its desk at http://127.0.0.1:4322/admin/ (DESK_PORT to change it); what an editor
 * saves is written into data/ and src/content/ here, after the content check has passed it
 * (scripts/lib/desk-server.ts). Rebuild (`npm run build`) to see the site with the change.
 */
import { startDesk } from './lib/desk-server.ts';

const port = Number(process.env.DESK_PORT ?? 4322);
const desk = await startDesk({ dist: 'dist', repo: process.cwd(), port });
console.log(`编辑台：${desk.url}admin/（Ctrl+C 结束）`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => desk.close().then(() => process.exit(0)));
