import { Hono } from 'hono';
import type { ServerMetrics } from './server-metrics.js';

/**
 * `GET /metrics`: Prometheus text exposition. Unauthenticated, like /healthz, so it is meant
 * for the private network only: the reverse proxy does not route it.
 */
export function metricsRoutes(metrics: ServerMetrics) {
  return new Hono().get('/metrics', async (c) => {
    const { contentType, body } = await metrics.exposition();
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  });
}
