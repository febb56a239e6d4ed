import type { MiddlewareHandler } from 'hono';
import type { LevelWithSilent } from 'pino';
import type { AppEnv } from '../app-env.js';
import { takeProblemCode } from '../problem.js';
import type { Logger } from './logger.js';
import { REQUEST_ID_HEADER, requestIdOf } from './request-context.js';
import type { ServerMetrics } from './server-metrics.js';

export interface ObserveRequestsOptions {
  readonly logger: Logger;
  readonly metrics: ServerMetrics;
}

// Load balancers and Prometheus call these every few seconds; their success is noise at `info`.
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Gives every request an id (echoed in `x-request-id`) and a logger bound to it, counts each
 * problem answered by its code, and logs one line per request when the answer is ready.
 */
export function observeRequests({
  logger,
  metrics,
}: ObserveRequestsOptions): MiddlewareHandler<AppEnv> {
  return async function observeRequest(c, next) {
    const started = performance.now();
    const requestId = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    await next();
    const status = c.res.status;
    const problem = takeProblemCode(c.res);
    if (problem !== undefined) metrics.error(problem);
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    const path = c.req.path;
    const person = c.get('user')?.id;
    log[levelOf(status, path)](
      {
        method: c.req.method,
        path,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(person === undefined ? {} : { person }),
        ...(problem === undefined ? {} : { problem }),
      },
      'request',
    );
  };
}

function levelOf(status: number, path: string): Exclude<LevelWithSilent, 'silent'> {
  if (status >= 500) return 'error';
  if (status >= 400) return 'warn';
  return PROBES.has(path) ? 'debug' : 'info';
}
