import * as Y from 'yjs';

/**
 * The Yjs client ids whose content an update carries. (Not encodeStateVectorFromUpdate: that
 * is empty for any update that does not start at clock 0, which is every keystroke but the first.)
 * Throws on an update that does not decode: callers use it to refuse garbled input too.
 */
export function authorsOf(update: Uint8Array): number[] {
  return [...new Set(Y.decodeUpdate(update).structs.map((struct) => struct.id.client))];
}

/** Whether an update adds nothing: no content and no deletion. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
