/**
 * Writes the share images into the built site. A card drawn in an earlier build is copied
 * from the cache once its bytes match their stored hash (a copy, not a hard link, so the
 * built file and the cache file never share an inode); the rest, and any cached card that
 * fails its check, are drawn in worker threads, one per core (each card is independent and
 * drawing is CPU-bound), and kept in the cache for the next build.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { copyOut, load, store } from './cache.ts';
import { type Drawing, type DrawingJob, drawingFile } from './drawings.ts';

type Reply = { png: Uint8Array; error?: undefined } | { error: string };

/** Draws each card in a pool of worker threads; `done` receives each PNG as it is ready. */
function drawAll(cards: Drawing[], threads: number, done: (index: number, png: Uint8Array) => void): Promise<void> {
  if (cards.length === 0) return Promise.resolve();
  const workers = Array.from({ length: Math.min(threads, cards.length) }, () => new Worker(new URL('./og-worker.ts', import.meta.url)));
  let next = 0;
  let idle = 0;
  let failed = false;
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (failed) return;
      if (next === cards.length) {
        void worker.terminate();
        if (++idle === workers.length) resolve();
        return;
      }
      const index = next++;
      worker.once('message', (reply: Reply) => {
        if (reply.error !== undefined)
          return fail(new Error(`分享图绘制失败 (share image failed): ${cards[index]!.title}\n${reply.error}`));
        done(index, reply.png);
        feed(worker);
      });
      worker.postMessage(cards[index]);
    };
    for (const w of workers) {
      w.on('error', fail);
      feed(w);
    }
  });
}

/** Writes `<outDir>/<path>.png` for every job; returns how many were drawn and how many reused. */
export async function writeCards(jobs: DrawingJob[], outDir: string, threads = availableParallelism()) {
  const outputs = new Map<string, { card: Drawing; files: string[] }>();
  for (const { path, card } of jobs) {
    const file = drawingFile(card);
    const entry = outputs.get(file) ?? { card, files: [] };
    entry.files.push(join(outDir, `${path}.png`));
    outputs.set(file, entry);
  }
  // One pass over the cache: a card whose bytes match their hash is copied out as read (what
  // ships is what was checked); the others are drawn, kept, and written from the drawing.
  const missing: string[] = [];
  for (const [file, { files }] of outputs) {
    const bytes = load(file);
    if (bytes) for (const out of files) copyOut(bytes, out);
    else missing.push(file);
  }
  await drawAll(
    missing.map((file) => outputs.get(file)!.card),
    threads,
    (i, png) => {
      store(missing[i]!, png);
      for (const out of outputs.get(missing[i]!)!.files) copyOut(png, out);
    },
  );
  return { drawn: missing.length, reused: outputs.size - missing.length };
}
