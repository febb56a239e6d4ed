import type { EventStore } from '@rapporteur/event-store';
import { writeSnapshot } from '@rapporteur/draft-log';

/**
 * When a room writes snapshots of its draft: once the log has grown by `every` events and by at
 * least GROWTH_PER_SNAPSHOT times as many bytes as the draft's state at the last snapshot, one
 * at a time, and once more as it closes if the log moved since the last. The byte rule keeps the
 * snapshots of a draft, which time travel starts from, at most half as large on disk as its log
 * (less, as they are compressed; decision 53): a long draft's snapshot is large, and a new one
 * every few hundred small events would soon outweigh the history itself; a load then replays
 * about two states' worth of updates at most after the latest snapshot. A snapshot is built from the log, never from the live room; a failed write
 * is reported and the next one tries again.
 */
/** How many times the draft's state at the last snapshot the log grows before the next one. */
export const GROWTH_PER_SNAPSHOT = 2;

export class RoomSnapshots {
  #revision: number;
  #writing: Promise<void> = Promise.resolve();
  /** Bytes of updates stored since the last snapshot, and that snapshot's size. */
  #grown = 0;
  #lastSize = 0;

  constructor(
    private readonly draft: {
      readonly store: EventStore;
      readonly stream: string;
      /** The revision of the log the room loaded: snapshotted already, or not worth one. */
      readonly revision: number;
      readonly every: number;
      readonly onError: (error: unknown, stream?: string) => void;
    },
  ) {
    this.#revision = draft.revision;
  }

  /**
   * The log reached `revision`, having grown by `bytes` of updates: writes a snapshot (after the
   * one under way) if it is due.
   */
  reached(revision: number, bytes: number): void {
    this.#grown += bytes;
    const due =
      revision - this.#revision >= this.draft.every &&
      this.#grown >= GROWTH_PER_SNAPSHOT * this.#lastSize;
    if (!due) return;
    this.#grown = 0;
    // Counted as written at once, so that commits meanwhile do not queue the same snapshot.
    const previous = this.#revision;
    this.#revision = revision;
    this.#writing = this.#writing.then(() => this.#write(revision, previous));
  }

  /** The room closes at `revision`: waits for the snapshot under way, then writes the last one. */
  async closing(revision: number): Promise<void> {
    await this.#writing;
    if (revision > this.#revision) await this.#write(revision);
  }

  /** Waits for the snapshot under way, writing no other (a failed room's log is not trusted). */
  settled(): Promise<void> {
    return this.#writing;
  }

  async #write(revision: number, previous = this.#revision): Promise<void> {
    try {
      const size = await writeSnapshot(this.draft.store, this.draft.stream, revision);
      if (size > 0) this.#lastSize = size;
      this.#revision = Math.max(this.#revision, revision);
    } catch (error) {
      // Due again at the next commit.
      this.#revision = Math.min(this.#revision, previous);
      this.#grown = Math.max(this.#grown, GROWTH_PER_SNAPSHOT * this.#lastSize);
      this.draft.onError(error, this.draft.stream);
    }
  }
}
