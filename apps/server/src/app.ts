import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import { healthRoutes } from './health/health.routes.js';
import { notFound, onError } from './problem.js';

export interface AppDependencies {
  readonly store: EventStore;
}

/** The whole HTTP application, with no server attached: tests call `app.request()` directly. */
export function createApp({ store }: AppDependencies): Hono {
  const app = new Hono();
  app.route('/', healthRoutes(store));
  app.onError(onError);
  app.notFound(notFound);
  return app;
}
