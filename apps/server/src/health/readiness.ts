/**
 * Something this instance needs before it can serve (the database, Redis): `/readyz` runs every
 * check and answers 503 when one fails, so a load balancer sends traffic elsewhere.
 */
export interface ReadinessCheck {
  /** Short and stable, shown in the answer: `database`, `redis`. */
  readonly name: string;
  /** Resolves when the dependency answers; rejects (or never settles) when it does not. */
  check(): Promise<void>;
  /** What a person should check when it fails, e.g. "check REDIS_URL and that Redis runs". */
  readonly advice?: string;
  /** The problem code when this check fails (default: `dependency_unreachable`). */
  readonly code?: string;
  /** How the answer names it (default: its name in quotes). */
  readonly subject?: string;
}

export type CheckState = 'ok' | 'failing' | 'timed_out';

export const READINESS_TIMEOUT_MS = 1000;

/** Runs every check at once; a check that does not settle within `timeoutMs` counts as down. */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<Record<string, CheckState>> {
  const states = await Promise.all(
    checks.map(async (check) => [check.name, await stateOf(check, timeoutMs)] as const),
  );
  return Object.fromEntries(states);
}

async function stateOf(check: ReadinessCheck, timeoutMs: number): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<CheckState>((resolve) => {
    timer = setTimeout(() => {
      resolve('timed_out');
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      check.check().then(
        (): CheckState => 'ok',
        (): CheckState => 'failing',
      ),
      timedOut,
    ]);
  } catch {
    // A check that throws synchronously instead of rejecting is down all the same.
    return 'failing';
  } finally {
    clearTimeout(timer);
  }
}
