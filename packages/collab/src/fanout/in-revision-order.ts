import type { StoredUpdate } from './fanout-message.js';

export interface Arrival {
  readonly stored: StoredUpdate;
  readonly sentAt: number;
}

/**
 * Published updates, held until they continue the room's revision. Two instances publish
 * independently, so revision 8 can arrive before revision 7; whatever waits behind a gap for
 * longer than a moment is filled from the log by the room.
 */
export class InRevisionOrder {
  readonly #waiting: Arrival[] = [];

  /** At most this many wait; the lowest go first, and the log gives them back. */
  constructor(private readonly capacity = 10_000) {}

  add(arrival: Arrival): void {
    this.#waiting.push(arrival);
    if (this.#waiting.length <= this.capacity) return;
    this.#waiting.sort((a, b) => a.stored.firstRevision - b.stored.firstRevision);
    this.#waiting.splice(0, this.#waiting.length - this.capacity);
  }

  /**
   * Removes and returns, in order, the arrivals that continue `revision`: each one's first
   * revision is at most one past the previous one's last. Arrivals the room already holds are
   * dropped.
   */
  takeContinuing(revision: number): Arrival[] {
    this.#waiting.sort((a, b) => a.stored.firstRevision - b.stored.firstRevision);
    const ready: Arrival[] = [];
    let reached = revision;
    while (this.#waiting.length > 0) {
      const next = this.#waiting[0] as Arrival;
      if (next.stored.firstRevision > reached + 1) break;
      this.#waiting.shift();
      if (next.stored.lastRevision <= reached) continue;
      ready.push(next);
      reached = next.stored.lastRevision;
    }
    return ready;
  }

  /** Whether something waits behind a gap. */
  get blocked(): boolean {
    return this.#waiting.length > 0;
  }

  clear(): void {
    this.#waiting.length = 0;
  }
}
