import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import { problem } from '../problem.js';

/**
 * /healthz says the process answers; /readyz says it can also reach its database, so a load
 * balancer sends traffic only to instances that can serve it.
 */
export function healthRoutes(store: EventStore) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await store.head('readyz');
        return c.json({ status: 'ready', database: store.dialect });
      } catch {
        return problem(503, {
          code: 'database_unreachable',
          title: 'Not ready',
          detail: `The ${store.dialect} database does not answer; check DATABASE_URL and that the database is running.`,
        });
      }
    });
}
