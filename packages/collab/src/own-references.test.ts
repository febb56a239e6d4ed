import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appliesCleanly } from './update-inspection.js';

/** Yjs v1 struct info bits: the item names a left origin, a right origin; content 4 is a string. */
const HAS_ORIGIN = 0x80;
const HAS_RIGHT_ORIGIN = 0x40;
const CONTENT_STRING = 4;

interface Id {
  readonly client: number;
  readonly clock: number;
}

/**
 * One string item, written by hand as Yjs encodes it: `id`, after `origin` and before
 * `rightOrigin` (none: at the end). Yjs's own API never writes an item referring to its own later
 * clocks; a crafted update can.
 */
function stringItem(item: {
  readonly id: Id;
  readonly origin: Id;
  readonly rightOrigin?: Id;
  readonly text: string;
}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // clients
  encoding.writeVarUint(encoder, 1); // structs of this client
  encoding.writeVarUint(encoder, item.id.client);
  encoding.writeVarUint(encoder, item.id.clock);
  const references =
    item.rightOrigin === undefined ? [item.origin] : [item.origin, item.rightOrigin];
  const info =
    HAS_ORIGIN | (item.rightOrigin === undefined ? 0 : HAS_RIGHT_ORIGIN) | CONTENT_STRING;
  encoding.writeUint8(encoder, info);
  for (const reference of references) {
    encoding.writeVarUint(encoder, reference.client);
    encoding.writeVarUint(encoder, reference.clock);
  }
  encoding.writeVarString(encoder, item.text);
  encoding.writeVarUint(encoder, 0); // an empty delete set
  return encoding.toUint8Array(encoder);
}

/** A string item placed by its parent alone (the first in a nested type): `parent` is an item id. */
function childItem(id: Id, parent: Id, text: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
  encoding.writeUint8(encoder, CONTENT_STRING);
  encoding.writeVarUint(encoder, 0); // the parent is an item, not a root type's name
  encoding.writeVarUint(encoder, parent.client);
  encoding.writeVarUint(encoder, parent.clock);
  encoding.writeVarString(encoder, text);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

describe('an item referring to its own client', () => {
  const client = 2065;
  /** A room holding "Item 1", clocks 0-5 of the client. */
  const room = (): Y.Doc => {
    const doc = new Y.Doc();
    doc.clientID = client;
    doc.getText('text').insert(0, 'Item 1');
    return doc;
  };
  const throwsOnTheRoom = (update: Uint8Array): boolean => {
    const doc = room();
    try {
      Y.applyUpdate(doc, update);
      return false;
    } catch {
      return true;
    } finally {
      doc.destroy();
    }
  };

  // Each of these throws in Yjs on the room, so the room must refuse it before applying it.
  it.each([
    [
      'its right origin is a later clock of its own client, though an empty document takes it',
      () =>
        stringItem({
          id: { client, clock: 6 },
          origin: { client, clock: 5 },
          rightOrigin: { client, clock: 40 },
          text: '!',
        }),
    ],
    [
      'its origin is its own clock',
      () => stringItem({ id: { client, clock: 6 }, origin: { client, clock: 6 }, text: '!' }),
    ],
    [
      'its parent is an item of its own client not before it',
      () => childItem({ client, clock: 6 }, { client, clock: 9 }, '!'),
    ],
  ])('is refused when %s', (_, craft) => {
    const crafted = craft();
    expect(throwsOnTheRoom(crafted)).toBe(true);
    expect(appliesCleanly(crafted)).toBe(false);
  });

  it('passes when it refers to its own earlier clocks, as every keystroke does', () => {
    const crafted = stringItem({
      id: { client, clock: 6 },
      origin: { client, clock: 5 },
      text: '!',
    });
    const doc = room();
    Y.applyUpdate(doc, crafted);
    expect(doc.getText('text').toJSON()).toBe('Item 1!');
    expect(appliesCleanly(crafted)).toBe(true);
    doc.destroy();
  });
});
