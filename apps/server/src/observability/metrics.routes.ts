import { Hono } from 'hono';
import type { ServerMetrics } from './server-metrics.js';

/**
 * `GET /metrics`: Prometheus text exposition. Unauthenticated, so it is served only on the
 * metrics port (metrics-server.ts), never on the public one.
 */
export function metricsRoutes(metrics: ServerMetrics) {
  return new Hono().get('/metrics', async (c) => {
    const { contentType, body } = await metrics.exposition();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
}
