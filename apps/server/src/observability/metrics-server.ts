import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { metricsRoutes } from './metrics.routes.js';
import type { ServerMetrics } from './server-metrics.js';

export interface MetricsServer {
  /** http://host:port, with the port the system gave when 0 was asked. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * /metrics on a port of its own (METRICS_PORT, decision 27): what the instance counts (rooms,
 * sockets, the process's memory) is for the operators' Prometheus on the private network, never
 * for the public port, whatever the reverse proxy in front of it routes.
 */
export async function startMetricsServer(
  metrics: ServerMetrics,
  where: { readonly port: number; readonly host: string },
): Promise<MetricsServer> {
  const app = new Hono().route('/', metricsRoutes(metrics));
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: where.port, hostname: where.host }, () => {
      resolve(started);
    }) as Server;
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${where.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
