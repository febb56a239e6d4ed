import { median } from '../support/stats.js';
import type { LoggedRequest } from './request-log.js';

/** What a page load asked the server for, by route, and how long the server took. */
export interface RouteTime {
  /** `GET /api/meetings/{id}/history`. */
  readonly route: string;
  /** Requests of the route in a load (the median load). */
  readonly requests: number;
  /** The server's time for them, summed within a load; the median over the loads. */
  readonly ms: number;
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The requests of several loads of one page, by route, the costliest first. */
export function byRoute(loads: readonly (readonly LoggedRequest[])[]): RouteTime[] {
  const routes = new Set(loads.flatMap((load) => load.map(routeOf)));
  return [...routes]
    .map((route) => {
      const mine = loads.map((load) => load.filter((request) => routeOf(request) === route));
      return {
        route,
        requests: median(mine.map((requests) => requests.length)),
        ms: median(mine.map((requests) => requests.reduce((sum, request) => sum + request.ms, 0))),
      };
    })
    .sort((a, b) => b.ms - a.ms);
}

function routeOf(request: LoggedRequest): string {
  const path = request.path.startsWith('/assets/') ? '/assets/*' : request.path.replace(ID, '{id}');
  return `${request.method} ${path}`;
}
