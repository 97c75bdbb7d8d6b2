/**
 * The district list says what each showcase holds: its counts of craftsmen (and of the
 * craftsmen who appeared at its events without the report placing them there), figures
 * and news equal what the showcase and its listings show. Minhang once read "工匠 0" on
 * the list while its own page showed seven people.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, doc } from '../support/site.ts';

const list = doc(join(DIST, 'districts/index.html'));
const cards = [...list.querySelectorAll('main li.card')].map((card) => ({
  id: /\/districts\/([^/]+)\//.exec(card.querySelector('a')!.getAttribute('href')!)![1]!,
  counts: card.querySelector('p.small.muted:last-child')!.textContent!.replace(/\s+/g, ''),
}));
/** People cards in a showcase section, by its heading's id. */
const people = (id: string, heading: string) =>
  doc(join(DIST, 'districts', id, 'index.html')).querySelectorAll(`section[aria-labelledby="${heading}"] ul.grid > li`).length;
/** How many craftsmen the district's full listing gives (showcases show at most a few). */
const listed = (id: string) => {
  const file = join(DIST, 'craftsmen/district', id, 'index.html');
  return existsSync(file) ? (readFileSync(file, 'utf8').match(/<li class="card"/g) ?? []).length : 0;
};

describe('the district list', () => {
  it('has a card for every district', () => {
    expect(cards.length).toBeGreaterThanOrEqual(7);
  });

  it.each(cards.map((c) => [c.id, c]))('%s: its counts of people are what its pages show', (id, { counts }) => {
    const own = Number(/^工匠(\d+)/.exec(counts)![1]);
    const guests = Number(/另有(\d+)位见于本区报道/.exec(counts)?.[1] ?? 0);
    expect(own).toBeGreaterThanOrEqual(people(id, 'people-h'));
    expect(guests).toBeGreaterThanOrEqual(people(id, 'guests-h'));
    expect(own + guests, 'every person on the district’s full listing is counted').toBe(listed(id));
    if (people(id, 'people-h') + people(id, 'guests-h') > 0) expect(own + guests).toBeGreaterThan(0);
  });
});
