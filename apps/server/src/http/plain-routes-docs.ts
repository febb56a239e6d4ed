import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { problemResponses } from './openapi.js';

const meetingParams = z.object({ meetingId: z.string() });

/**
 * The OpenAPI entries of the routes that do not go through zod-openapi, because their bodies are
 * not JSON: the import (a text body) and the live events (a stream). A test walks the served
 * routes, so a route added without an entry here or a `createRoute` fails it.
 */
export function documentPlainRoutes<E extends Env>(api: OpenAPIHono<E>): void {
  api.openAPIRegistry.registerPath({
    method: 'post',
    path: '/meetings/{meetingId}/import',
    tags: ['drafts'],
    summary: 'Fills an empty draft from plain text or Markdown',
    request: {
      params: meetingParams,
      body: {
        required: true,
        content: {
          'text/plain': { schema: z.string() },
          'text/markdown': { schema: z.string() },
        },
      },
    },
    responses: {
      201: {
        description: 'The draft revision written, the title found, and any warnings',
        content: {
          'application/json': {
            schema: z.object({
              revision: z.number().int(),
              title: z.string().optional(),
              warnings: z.array(z.unknown()),
            }),
          },
        },
      },
      ...problemResponses,
    },
  });
  api.openAPIRegistry.registerPath({
    method: 'get',
    path: '/meetings/{meetingId}/events',
    tags: ['meetings'],
    summary: "The meeting's events as Server-Sent Events, from Last-Event-ID, then live",
    request: {
      params: meetingParams,
      query: z.object({ after: z.string().optional() }),
    },
    responses: {
      200: {
        description:
          '`event: meeting` (id: the revision) with { type, revision, at, actor, summary, data }; `event: draft` with { revision, type }',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      ...problemResponses,
    },
  });
}
