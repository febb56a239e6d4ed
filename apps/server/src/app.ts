import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import { healthRoutes } from './health/health.routes.js';
import type { MeetingDirectory } from './meetings/meeting-directory.js';
import { meetingRoutes } from './meetings/meeting.routes.js';
import { notFound, onError } from './problem.js';

export interface AppDependencies {
  readonly store: EventStore;
  readonly meetings: MeetingDirectory;
}

/** The whole HTTP application, with no server attached: tests call `app.request()` directly. */
export function createApp({ store, meetings }: AppDependencies): Hono {
  const app = new Hono();
  app.route('/', healthRoutes(store));
  app.route('/api/meetings', meetingRoutes(meetings));
  app.onError(onError);
  app.notFound(notFound);
  return app;
}
