import { z } from '@hono/zod-openapi';

// A meeting's entity tag is its stream revision, strong and quoted: "12". A meeting that was
// never written has none to match (-1 inside, never sent).
const STRONG_TAG = /^"(\d{1,15})"$/;

/** The `ETag` value of a meeting at a stream revision: `"12"`. */
export const etagOf = (revision: number): string => `"${revision}"`;

/**
 * The optional `If-Match` request header of every meeting-changing route, for the OpenAPI
 * document and zod: the ETag the client read, or `*` for whatever is current.
 */
export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^(\*|"\d{1,15}")$/, 'send the ETag of the meeting as it was read, such as "12"')
    .optional()
    .openapi({
      description:
        'The ETag of the meeting as you read it. If the meeting changed since, the answer is 412 precondition_failed and nothing is stored.',
      example: '"12"',
    }),
});

/** The `ETag` response header, for the OpenAPI document. */
export const etagHeader = {
  ETag: {
    description: "The meeting's stream revision, quoted: send it back as If-Match.",
    schema: { type: 'string' as const, example: '"12"' },
  },
};

/** The revision an `If-Match` asks for; undefined when absent or `*` (no precondition). */
export function expectedRevisionOf(ifMatch: string | undefined): number | undefined {
  const tag = ifMatch === undefined ? undefined : STRONG_TAG.exec(ifMatch.trim())?.[1];
  return tag === undefined ? undefined : Number(tag);
}

/** The precondition of a request's validated headers, as the meeting command handler takes it. */
export function ifMatchOf(headers: { readonly 'if-match'?: string | undefined }): {
  readonly expectedRevision: number | undefined;
} {
  return { expectedRevision: expectedRevisionOf(headers['if-match']) };
}
