import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import { problem } from '../problem.js';
import { runReadinessChecks, type CheckState, type ReadinessCheck } from './readiness.js';
import type { Stopping } from './stopping.js';

const STATE_WORDS: Record<CheckState, string> = {
  ok: 'answers',
  failing: 'fails',
  timed_out: 'does not answer in time',
};
const DEFAULT_ADVICE = 'check that it is running and that this instance can reach it';

/**
 * /healthz says the process answers; /readyz says it can also reach its database and every
 * other dependency passed in (Redis), so a load balancer sends traffic only to instances that
 * can serve it. Each check has a deadline: a hung dependency means "not ready", not a hung probe.
 * An instance that has begun to stop is not ready either, whatever its dependencies say.
 */
export function healthRoutes(
  store: EventStore,
  extra: readonly ReadinessCheck[] = [],
  stopping?: Stopping,
) {
  const database: ReadinessCheck = {
    name: 'database',
    check: async () => {
      await store.head('readyz');
    },
    advice: 'check DATABASE_URL and that the database is running',
  };
  const everything = [database, ...extra];
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      if (stopping?.begun === true) {
        return problem(503, {
          code: 'shutting_down',
          title: 'Not ready',
          detail: 'This instance is shutting down; send requests to another instance.',
        });
      }
      const checks = await runReadinessChecks(everything);
      const failed = everything.filter((check) => checks[check.name] !== 'ok');
      if (failed.length === 0) return c.json({ status: 'ready', database: store.dialect, checks });
      const sentences = failed.map((check) => {
        const what =
          check === database
            ? `The ${store.dialect} database`
            : (check.subject ?? `"${check.name}"`);
        const state = STATE_WORDS[checks[check.name] ?? 'failing'];
        return `${what} ${state}; ${check.advice ?? DEFAULT_ADVICE}.`;
      });
      return problem(
        503,
        {
          code: failed.includes(database)
            ? 'database_unreachable'
            : (failed[0]?.code ?? 'dependency_unreachable'),
          title: 'Not ready',
          detail: sentences.join(' '),
        },
        { checks },
      );
    });
}
