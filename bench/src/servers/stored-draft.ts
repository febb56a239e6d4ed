import { DRAFT_UPDATED } from '@rapporteur/draft-log';
import type { EventStore } from '@rapporteur/event-store';
import * as Y from 'yjs';

const PAGE = 10_000;

/**
 * A draft as its DraftUpdated events in our log rebuild it, read a page at a time from where
 * the last call left off: what a restart would find, whatever the events' number.
 */
export class StoredDraft {
  readonly #doc = new Y.Doc();
  #next = 0;

  constructor(
    private readonly store: EventStore,
    private readonly stream: string,
  ) {}

  /** Applies the events stored since the last call; returns the text's length. */
  async catchUp(): Promise<number> {
    for (;;) {
      const events = await this.store.readStream(this.stream, { from: this.#next, limit: PAGE });
      Y.transact(this.#doc, () => {
        for (const event of events) {
          if (event.type === DRAFT_UPDATED && event.payload !== null)
            Y.applyUpdate(this.#doc, event.payload);
        }
      });
      const last = events.at(-1);
      if (last !== undefined) this.#next = last.revision + 1;
      if (events.length < PAGE) return this.#doc.getText('text').length;
    }
  }

  /** The draft's text as the events read so far make it. */
  text(): string {
    return this.#doc.getText('text').toJSON();
  }

  /** How many events the stream holds so far. */
  get events(): number {
    return this.#next;
  }

  destroy(): void {
    this.#doc.destroy();
  }
}
