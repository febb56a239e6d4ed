import { OpenAPIHono } from '@hono/zod-openapi';
import { ProblemSchema } from '@rapporteur/api-contract';
import type { Env } from 'hono';
import { invalidRequest } from './request-errors.js';

export const problemResponses = {
  default: {
    description: 'A problem: `code` is stable, `detail` says what to do.',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
} as const;

/**
 * An OpenAPI router whose validation failures become problem JSON naming each bad field,
 * instead of zod's raw error list.
 */
export function apiRouter<E extends Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (result.success) return;
      const problems = result.error.issues.map(
        (issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`,
      );
      throw invalidRequest(problems);
    },
  });
}
