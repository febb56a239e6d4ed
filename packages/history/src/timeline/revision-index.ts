import * as Y from 'yjs';

/**
 * What each stored revision added to the draft's state vector and delete set, so that the
 * state at any revision can be named as a Yjs snapshot (state vector + delete set) of the one
 * document the timeline keeps: no document per revision, only these few numbers per update.
 */
export class RevisionIndex {
  /** [revision, client, clock after it] for every client an update wrote under. */
  readonly #clocks: number[] = [];
  /** [revision, client, clock, length] for every range an update deleted. */
  readonly #deletions: number[] = [];

  /** Records what `transaction`, the application of stored revision `revision`, changed. */
  record(revision: number, transaction: Y.Transaction): void {
    for (const [client, clock] of transaction.afterState)
      if (clock !== (transaction.beforeState.get(client) ?? 0))
        this.#clocks.push(revision, client, clock);
    for (const [client, ranges] of transaction.deleteSet.clients)
      for (const range of ranges) this.#deletions.push(revision, client, range.clock, range.len);
  }

  /** See `deletionsBetween`. */
  deletionsBetween(from: number, to: number): Map<number, DeletedRange[]> {
    const ranges = new Map<number, DeletedRange[]>();
    for (let at = 0; at < this.#deletions.length; at += 4) {
      const revision = this.#deletions[at] ?? 0;
      if (revision <= from) continue;
      if (revision > to) break;
      const client = this.#deletions[at + 1] ?? 0;
      const list = ranges.get(client) ?? [];
      list.push({
        clock: this.#deletions[at + 2] ?? 0,
        len: this.#deletions[at + 3] ?? 0,
        revision,
      });
      ranges.set(client, list);
    }
    for (const list of ranges.values()) list.sort((a, b) => a.clock - b.clock);
    return ranges;
  }

  /** The draft at `revision` as a Yjs snapshot of the timeline's document. */
  snapshotAt(revision: number): Y.Snapshot {
    const stateVector = new Map<number, number>();
    for (let at = 0; at < this.#clocks.length && (this.#clocks[at] ?? 0) <= revision; at += 3) {
      const client = this.#clocks[at + 1] ?? 0;
      stateVector.set(client, Math.max(stateVector.get(client) ?? 0, this.#clocks[at + 2] ?? 0));
    }
    const ranges = new Map<number, { clock: number; len: number }[]>();
    for (
      let at = 0;
      at < this.#deletions.length && (this.#deletions[at] ?? 0) <= revision;
      at += 4
    ) {
      const client = this.#deletions[at + 1] ?? 0;
      const list = ranges.get(client) ?? [];
      list.push({ clock: this.#deletions[at + 2] ?? 0, len: this.#deletions[at + 3] ?? 0 });
      ranges.set(client, list);
    }
    const deleted = Y.createDeleteSet();
    // Yjs reads a delete set's ranges by their clock and len alone; its DeleteItem class is
    // not exported, so plain ranges stand in for its instances.
    for (const [client, list] of ranges)
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
      deleted.clients.set(client, sortedAndMerged(list));
    return Y.createSnapshot(deleted, stateVector);
  }
}

/** A range of one client's clocks deleted by one revision. */
export interface DeletedRange {
  readonly clock: number;
  readonly len: number;
  readonly revision: number;
}

/** Ranges sorted by clock, overlapping or touching ones joined: what Yjs's lookups expect. */
function sortedAndMerged(list: { clock: number; len: number }[]): { clock: number; len: number }[] {
  list.sort((a, b) => a.clock - b.clock);
  const merged: { clock: number; len: number }[] = [];
  for (const range of list) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.clock <= last.clock + last.len)
      last.len = Math.max(last.len, range.clock + range.len - last.clock);
    else merged.push({ ...range });
  }
  return merged;
}
