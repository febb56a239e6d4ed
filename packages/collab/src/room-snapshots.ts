import type { EventStore } from '@rapporteur/event-store';
import { writeSnapshot } from '@rapporteur/draft-log';

/**
 * When a room writes snapshots of its draft: every `every` events, one at a time, and once more
 * as it closes if the log moved since the last. A snapshot is built from the log, never from
 * the live room; a failed write is reported and the next one tries again.
 */
export class RoomSnapshots {
  #revision: number;
  #writing: Promise<void> = Promise.resolve();

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

  /** The log reached `revision`: writes a snapshot (after the one under way) if it is due. */
  reached(revision: number): void {
    if (revision - this.#revision < this.draft.every) return;
    this.#writing = this.#writing.then(() => this.#write(revision));
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

  async #write(revision: number): Promise<void> {
    try {
      await writeSnapshot(this.draft.store, this.draft.stream, revision);
      this.#revision = Math.max(this.#revision, revision);
    } catch (error) {
      this.draft.onError(error, this.draft.stream);
    }
  }
}
