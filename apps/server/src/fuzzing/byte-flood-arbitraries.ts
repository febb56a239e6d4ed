import fc from 'fast-check';
import * as Y from 'yjs';
import { bytes, varBytes } from './wire-bytes.js';

const SYNC = 0;
const UPDATE = 2;

/**
 * Valid updates as large as a frame may be (`maxMessageBytes`), each under a fresh client id,
 * written outside the honest clients' `text` and without their letters: a script of them is a
 * byte flood. An editor's are stored until their byte budget is spent, then closed with the
 * byte-rate code; a reader's are refused by their header without a close.
 */
export function byteFloodFrame(limits: { readonly maxMessageBytes: number }) {
  return fc
    .record({
      client: fc.nat({ max: 2 ** 32 - 1 }),
      share: fc.integer({ min: 50, max: 95 }),
    })
    .map(({ client, share }) => {
      const doc = new Y.Doc();
      // Set, not drawn by Yjs from Math.random: the same seed must give the same bytes.
      doc.clientID = client;
      doc
        .getText('flood')
        .insert(0, '#'.repeat(Math.floor((limits.maxMessageBytes * share) / 100)));
      const update = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      return { kind: 'byte-flood', data: bytes(SYNC, UPDATE, varBytes(update)), text: false };
    });
}
