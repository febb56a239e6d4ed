import { serve } from '@hono/node-server';
import { createEventStore } from '@rapporteur/event-store';
import { createApp } from './app.js';
import { ConfigError, readConfig } from './config.js';

/** Boots Rapporteur: configuration, the event store, the HTTP server, and a clean shutdown. */
async function main(): Promise<void> {
  const config = readConfig();
  const store = await createEventStore({ url: config.databaseUrl, limits: { maxEventBytes: config.maxEventBytes } });
  const app = createApp({ store });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl : 'PostgreSQL';
    process.stdout.write(`Rapporteur is running on http://localhost:${info.port} (data: ${where})\n`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping; every acknowledged append is already on disk.\n`);
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Rapporteur could not start: ${message}\n`);
  process.exit(1);
});
