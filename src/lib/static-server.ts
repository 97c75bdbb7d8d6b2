/**
 * A static file server for dist/ on loopback, as a plain host would serve it (404.html for
 * misses). `extra` serves a few files from elsewhere at paths of their own (the briefs'
 * fonts), without copying them into the built site.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.yml': 'text/yaml; charset=utf-8',
};

/** Answers one request with a file of `root` (or of `extra`), or 404.html. */
export function sendFile(root: string, req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}): void {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = extra[path] ?? join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  if (!found) file = join(root, '404.html');
  res.writeHead(found ? 200 : 404, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    // The extra files (the briefs' fonts, 10 MB each) are kept out of the browser's cache:
    // two pages that fetched them at once made Chromium fail both fetches, one build in five
    // on a busy machine (net::ERR_CACHE_WRITE_FAILURE: a context's cache is held in memory).
    // Read from loopback, each page's copy costs less than a brief's print.
    ...(extra[path] ? { 'Cache-Control': 'no-store' } : {}),
  });
  createReadStream(file).pipe(res);
}

export function serve(root: string, extra: Record<string, string> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => sendFile(root, req, res, extra));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}
