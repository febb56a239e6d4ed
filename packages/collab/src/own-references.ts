import * as Y from 'yjs';

/**
 * Whether an item of the update refers to a clock of its own client that is not before its own:
 * a left origin, right origin or parent no client could have seen when it wrote the item.
 *
 * Yjs waits for what an item refers to under another client id, but takes what it refers to
 * under its own id as already there (a client writes its clocks in order), and throws when it
 * is not. On an empty document such an update starting past clock 0 only waits, so the trial in
 * `appliesCleanly` lets it through; on a room that holds what comes before it, Yjs throws
 * halfway through the commit, after it was stored (found by the socket fuzzer).
 */
export function refersToOwnLaterClock(structs: readonly (Y.Item | Y.GC | Y.Skip)[]): boolean {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { client, clock } = struct.id;
    for (const reference of [struct.origin, struct.rightOrigin, struct.parent]) {
      if (reference instanceof Y.ID && reference.client === client && reference.clock >= clock)
        return true;
    }
  }
  return false;
}
