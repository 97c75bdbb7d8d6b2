/**
 * What the share-images integration draws: the share cards (og-image.ts) and the districts'
 * long images (poster.ts), each kept in the image cache under the hash of what it shows.
 */
import { type Card, cardFile, drawCard } from './og-image.ts';
import { drawPoster, type Poster, posterFile } from './poster.ts';

export type Drawing = Card | Poster;

/** A drawing to make, and the file under /og/ it becomes (without `.png`). */
export interface DrawingJob {
  path: string;
  card: Drawing;
}

const isPoster = (d: Drawing): d is Poster => 'kind' in d && d.kind === 'poster';

export const draw = (d: Drawing): Promise<Buffer> => (isPoster(d) ? drawPoster(d) : drawCard(d));

/** The cache file of a drawing: the same drawing is made once, whichever page it is for. */
export const drawingFile = (d: Drawing): string => (isPoster(d) ? posterFile(d) : cardFile(d));
