import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Where `npm run build -w @rapporteur/web` puts the editor. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the built web app: its files as they are, and index.html for every page path
 * (/, /meetings/demo, /sign-in), so that the browser's router decides what to show.
 */
export function webAppRoutes(distFolder: string = DEFAULT_WEB_DIST) {
  const app = new Hono();
  const indexFile = join(distFolder, 'index.html');
  if (!existsSync(indexFile)) {
    return app.get('/', (c) =>
      c.text(
        'The web app is not built yet: run `npm run build -w @rapporteur/web`, or start with `npm start`, which builds it.',
        503,
      ),
    );
  }
  const index = readFileSync(indexFile, 'utf8');
  // serveStatic resolves `root` against the working directory.
  // Files are read, never written: other methods fall through to "not found".
  // Source maps carry the app's source: never served, even if a build left some in the folder
  // (the production build makes none: apps/web/vite.config.ts).
  app.on(['GET', 'HEAD'], '/assets/*', (c, next) =>
    c.req.path.endsWith('.map') ? c.notFound() : next(),
  );
  app.on(['GET', 'HEAD'], '/assets/*', serveStatic({ root: relative(process.cwd(), distFolder) }));
  app.get('/favicon.svg', serveStatic({ root: relative(process.cwd(), distFolder) }));
  // Every other page path is the app's: its router shows the meetings list, a meeting, sign-in.
  // /metrics too: it is served on the metrics port only, and a scraper pointed at the public
  // port must get a 404, not a page.
  app.get('*', (c, next) =>
    c.req.path.startsWith('/api/') || c.req.path.startsWith('/collab/') || c.req.path === '/metrics'
      ? next()
      : c.html(index),
  );
  return app;
}
