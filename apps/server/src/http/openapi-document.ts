import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';

/** Where the API router is mounted; every path in the document starts with it. */
export const API_PREFIX = '/api';

/**
 * The OpenAPI document of the router mounted at /api, with the prefix in every path: a generated
 * client calls the paths as written, and without it `/meetings` reaches the web app's page.
 */
export function openApiDocument<E extends Env>(api: OpenAPIHono<E>) {
  const document = api.getOpenAPIDocument({
    openapi: '3.0.0',
    info: {
      title: 'Rapporteur API',
      version: '0.1.0',
      description: 'Errors are RFC 9457 problem JSON with a stable `code`.',
    },
  });
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [`${API_PREFIX}${path}`, item]),
  );
  return { ...document, paths };
}
