import type { CommitStage, RoomObserver } from './room-observer.js';

/**
 * Times the stages of the commit pipeline one after another: each `lap` reports the time since
 * the previous one under the stage that just ended, so the stages of one run add up to its
 * whole and their shares can be read off the server's metrics (issue 17: where the time goes).
 */
export class StageClock {
  #last = performance.now();

  constructor(private readonly observer: RoomObserver) {}

  /** `stage` has just ended. */
  lap(stage: CommitStage): void {
    const now = performance.now();
    this.observer.stage(stage, (now - this.#last) / 1000);
    this.#last = now;
  }
}
