import * as Y from 'yjs';

/** What an update holds, read in one decoding: the client ids it writes under, and whether it changes anything. */
export interface UpdateContents {
  readonly clients: number[];
  /** No content and no deletion. */
  readonly empty: boolean;
}

/**
 * Decodes an update once and says what it holds. (Not encodeStateVectorFromUpdate for the
 * clients: that is empty for any update that does not start at clock 0, which is every
 * keystroke but the first.) Throws on an update that does not decode: callers use it to refuse
 * garbled input too.
 */
export function inspectUpdate(update: Uint8Array): UpdateContents {
  const { structs, ds } = Y.decodeUpdate(update);
  return {
    clients: [...new Set(structs.map((struct) => struct.id.client))],
    empty: structs.length === 0 && ds.clients.size === 0,
  };
}

/** The Yjs client ids whose content an update carries. */
export function authorsOf(update: Uint8Array): number[] {
  return inspectUpdate(update).clients;
}
