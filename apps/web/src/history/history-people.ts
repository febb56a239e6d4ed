import { colorFor, PALETTE } from '../identity/identity.js';
import type { HistoryPerson } from './history-types.js';

/** Who the history names, by id, and the colour each is drawn in. */
export interface PeopleIndex {
  readonly byId: ReadonlyMap<string, HistoryPerson>;
  readonly colours: ReadonlyMap<string, string>;
}

// The server's own actors ('system:demo' for the demo import) are not people: grey, so that
// they never share a colour with someone who writes.
const SYSTEM_COLOUR = '#8a94a3';
const isSystem = (id: string): boolean => id.startsWith('system:');

/**
 * A colour for each person, different from everyone else's: their caret's colour (`colorFor`
 * of their id) unless someone before them in id order has it already, then the next free one
 * of the palette. Ten colours hashed from ids clash often among four people, and a chart or
 * tinted text cannot tell two people of one colour apart. The same set of people always gets
 * the same colours, in whichever order they come.
 */
export function distinctColours(ids: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of [...new Set(ids)].filter((id) => !isSystem(id)).sort()) {
    const own = colorFor(id);
    const start = PALETTE.findIndex((colour) => colour === own);
    const free = PALETTE.map((_, step) => PALETTE[(start + step) % PALETTE.length] ?? own).find(
      (colour) => !taken.has(colour),
    );
    const colour = free ?? own;
    taken.add(colour);
    colours.set(id, colour);
  }
  return colours;
}

/** The people of one or more answers (the first mention of an id wins), with their colours. */
export function indexPeople(...lists: readonly (readonly HistoryPerson[])[]): PeopleIndex {
  const byId = new Map<string, HistoryPerson>();
  for (const person of lists.flat()) if (!byId.has(person.id)) byId.set(person.id, person);
  return { byId, colours: distinctColours([...byId.keys()]) };
}

/** A person's name; an id nobody answers for (an account since deleted) is "Someone". */
export function nameOf(people: PeopleIndex, id: string): string {
  return people.byId.get(id)?.name ?? 'Someone';
}

/** The colour a person is drawn in everywhere in the history. */
export function colourOf(people: PeopleIndex, id: string): string {
  if (isSystem(id)) return SYSTEM_COLOUR;
  return people.colours.get(id) ?? colorFor(id);
}

/** "A", "A and B", "A, B and C". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** '#2f6fdb' at 16% -> 'rgb(47 111 219 / 16%)': a light background in a person's colour. */
export function tint(hex: string, percent: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) return hex;
  const [r, g, b] = match.slice(1).map((pair) => parseInt(pair, 16));
  return `rgb(${r ?? 0} ${g ?? 0} ${b ?? 0} / ${percent}%)`;
}
