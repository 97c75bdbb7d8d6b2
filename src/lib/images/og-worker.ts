/** A worker thread that draws share cards for src/lib/og-pool.ts, one message per card. */
import { parentPort } from 'node:worker_threads';
import { type Card, drawCard } from './og-image.ts';

parentPort!.on('message', (card: Card) => {
  drawCard(card).then(
    (png) => parentPort!.postMessage({ png }),
    (error: unknown) => parentPort!.postMessage({ error: String((error as Error).stack ?? error) }),
  );
});
