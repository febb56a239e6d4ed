import { z } from 'zod';

/** The shape of every error answer (RFC 9457): `code` is stable, `detail` says what to do. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
  })
  .meta({ id: 'Problem' });

/** An error answer as the server sends it. */
export type Problem = z.infer<typeof ProblemSchema>;
