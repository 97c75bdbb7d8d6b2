/** A worker thread that draws share cards and posters for og-pool.ts, one message per drawing. */
import { parentPort } from 'node:worker_threads';
import { type Drawing, draw } from './drawings.ts';

parentPort!.on('message', (drawing: Drawing) => {
  draw(drawing).then(
    (png) => parentPort!.postMessage({ png }),
    (error: unknown) => parentPort!.postMessage({ error: String((error as Error).stack ?? error) }),
  );
});
