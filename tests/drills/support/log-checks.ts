import * as Y from 'yjs';

/** The document the log describes: every stored update applied, in order, to a fresh Y.Doc. */
export function documentOfLog(updates: readonly Uint8Array[]): {
  text: string;
  stateVector: Map<number, number>;
} {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return {
      text: doc.getText('text').toJSON(),
      stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    };
  } finally {
    doc.destroy();
  }
}

/** Acknowledged clocks that the log does not hold: each one is a saved edit the log lost. */
export function acknowledgedButMissing(
  logStateVector: ReadonlyMap<number, number>,
  acknowledged: ReadonlyMap<number, number>,
): { client: number; acknowledged: number; stored: number }[] {
  return [...acknowledged]
    .filter(([client, clock]) => (logStateVector.get(client) ?? 0) < clock)
    .map(([client, clock]) => ({
      client,
      acknowledged: clock,
      stored: logStateVector.get(client) ?? 0,
    }));
}

/**
 * Items stored more than once: two stored updates that both hold (client, clock). Each stored
 * update should hold only what the log lacked when it was appended, so their ranges never overlap.
 */
export function duplicatedItems(
  updates: readonly Uint8Array[],
): { client: number; clock: number; revisions: [number, number] }[] {
  const ranges = new Map<number, { from: number; to: number; revision: number }[]>();
  updates.forEach((update, revision) => {
    for (const struct of Y.decodeUpdate(update).structs) {
      if (struct instanceof Y.Skip) continue;
      const perClient = ranges.get(struct.id.client) ?? [];
      perClient.push({ from: struct.id.clock, to: struct.id.clock + struct.length, revision });
      ranges.set(struct.id.client, perClient);
    }
  });
  const duplicates: { client: number; clock: number; revisions: [number, number] }[] = [];
  for (const [client, perClient] of ranges) {
    perClient.sort((a, b) => a.from - b.from);
    for (let index = 1; index < perClient.length; index += 1) {
      const previous = perClient[index - 1];
      const current = perClient[index];
      if (previous !== undefined && current !== undefined && current.from < previous.to)
        duplicates.push({
          client,
          clock: current.from,
          revisions: [previous.revision, current.revision],
        });
    }
  }
  return duplicates;
}
