import type { CollabRooms } from '@rapporteur/collab';
import type { EventStore } from '@rapporteur/event-store';
import { importRoutes } from './drafts/import.routes.js';
import { Hono } from 'hono';
import { healthRoutes } from './health/health.routes.js';
import type { MeetingDirectory } from './meetings/meeting-directory.js';
import { meetingRoutes } from './meetings/meeting.routes.js';
import { notFound, onError } from './problem.js';
import { securityHeaders } from './security-headers.js';
import { webAppRoutes } from './web/web-app.routes.js';

export interface AppDependencies {
  readonly store: EventStore;
  readonly meetings: MeetingDirectory;
  readonly rooms: CollabRooms;
  /** The built web app's folder; the default is apps/web/dist. */
  readonly webDist?: string;
}

/** The whole HTTP application, with no server attached: tests call `app.request()` directly. */
export function createApp({ store, meetings, rooms, webDist }: AppDependencies): Hono {
  const app = new Hono();
  app.use(securityHeaders());
  app.route('/', healthRoutes(store));
  app.route('/api/meetings', meetingRoutes(meetings));
  app.route('/api/meetings', importRoutes({ store, meetings, rooms }));
  app.route('/', webAppRoutes(webDist));
  app.onError(onError);
  app.notFound(notFound);
  return app;
}
