import type { z } from 'zod';

import type { Immutable } from './immutable.js';

/**
 * A reader of answers: the value `schema` makes of `body`, or undefined when it cannot read it,
 * so that a client turns an answer it cannot read into a sentence instead of a broken page.
 */
export function readerOf<S extends z.ZodType>(
  schema: S,
): (body: unknown) => Immutable<z.output<S>> | undefined {
  return (body) => {
    const result = schema.safeParse(body);
    return result.success ? (result.data as Immutable<z.output<S>>) : undefined;
  };
}

/** The JSON in `text` (an SSE message's data), or undefined when it is not JSON. */
export function parseJsonText(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
