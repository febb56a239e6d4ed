import { ConcurrencyError } from './errors.js';
import type { ExpectedRevision } from './types.js';

/**
 * Throws ConcurrencyError unless a stream at `current` (undefined: no such stream) satisfies
 * `expected`, exactly as EventStoreDB defines the four cases.
 */
export function checkExpectedRevision(
  stream: string,
  expected: ExpectedRevision,
  current: number | undefined,
): void {
  const satisfied =
    expected === 'any' ||
    (expected === 'no_stream' && current === undefined) ||
    (expected === 'exists' && current !== undefined) ||
    expected === current;
  if (!satisfied) throw new ConcurrencyError(stream, expected, current ?? 'no_stream');
}
