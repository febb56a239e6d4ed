import type { Outcome } from '../report/figures.js';
import { median } from '../support/stats.js';

/**
 * One figure from several rounds of a scenario: on a machine shared with others, one round
 * can land on a burst of someone else's work, and the median round does not. Failed rounds are
 * left out; with no measured round, the first failure stands.
 */
export function combineRounds<T>(
  rounds: readonly Outcome<T>[],
  combine: (measured: readonly T[]) => T,
): Outcome<T> {
  const measured = rounds.flatMap((round) => (round.kind === 'measured' ? [round.value] : []));
  if (measured.length > 0) return { kind: 'measured', value: combine(measured) };
  return rounds[0] ?? { kind: 'failed', error: 'not run' };
}

/** The round whose `key` is the median of all rounds'. */
export function medianRound<T>(rounds: readonly T[], key: (round: T) => number): T {
  const middle = median(rounds.map(key));
  const found = rounds.find((round) => key(round) === middle);
  if (found === undefined) throw new Error('No round to take the median of.');
  return found;
}
