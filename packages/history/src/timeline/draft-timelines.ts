import type { EventStore } from '@rapporteur/event-store';
import { DraftTimeline } from './draft-timeline.js';

/**
 * The timelines of the drafts people are looking at, at most `capacity` at once: the least
 * recently asked one is dropped first (a timeline holds one document; a dropped one is rebuilt
 * from the log when asked again).
 */
export class DraftTimelines {
  readonly #timelines = new Map<string, DraftTimeline>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 32,
  ) {}

  /** The draft's timeline, caught up with everything stored so far. */
  async of(draftId: string): Promise<DraftTimeline> {
    let timeline = this.#timelines.get(draftId);
    if (timeline === undefined) {
      timeline = new DraftTimeline(this.store, draftId);
      this.#evictFor();
    } else {
      this.#timelines.delete(draftId);
    }
    this.#timelines.set(draftId, timeline);
    await timeline.catchUp();
    return timeline;
  }

  close(): void {
    for (const timeline of this.#timelines.values()) timeline.destroy();
    this.#timelines.clear();
  }

  #evictFor(): void {
    while (this.#timelines.size >= this.capacity) {
      const [oldest] = this.#timelines.keys();
      if (oldest === undefined) return;
      this.#timelines.get(oldest)?.destroy();
      this.#timelines.delete(oldest);
    }
  }
}
