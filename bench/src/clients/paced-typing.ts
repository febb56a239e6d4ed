import type { BenchClient } from './bench-client.js';
import type { ObservedClocks } from './observed-clocks.js';
import { yieldToLoop } from '../support/wait.js';

/** How often a typing loop gives the event loop a turn, so that frames are read and written. */
const YIELD_EVERY = 10;

/**
 * Appends single characters to the writer's Y.Text `pace.text` (default `text`), one update each, as fast as the server
 * takes them: at most `inFlight` of them may be unseen by the observer at any time. Without
 * that bound a writer buries the server under a backlog in a few seconds, and what is measured
 * is how the server copes with a flood, not how fast it serves. Returns the number typed.
 */
export async function typePaced(
  writer: BenchClient,
  pace: {
    readonly observed: ObservedClocks;
    readonly inFlight: number;
    readonly done: (typed: number) => boolean;
    readonly text?: string;
  },
): Promise<number> {
  const text = writer.doc.getText(pace.text ?? 'text');
  const id = writer.doc.clientID;
  let typed = 0;
  while (!pace.done(typed)) {
    if (typed - pace.observed.of(id) >= pace.inFlight) {
      await pace.observed.progress();
      continue;
    }
    text.insert(text.length, 'x');
    typed += 1;
    if (typed % YIELD_EVERY === 0) await yieldToLoop();
  }
  return typed;
}
