import { ConcurrencyError as DecisionConflict, IllegalStateError } from '@rapporteur/domain';
import { ImportError } from '@rapporteur/editor-schema';
import { ERROR_KINDS, RapporteurError, type ErrorKind } from '@rapporteur/errors';
import { ConcurrencyError as AppendConflict, StreamSealedError } from '@rapporteur/event-store';
import { RevisionNotFoundError } from '@rapporteur/history';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { ProblemError } from './http/problem-error.js';
import { kindOfStatus, onError, STATUS_OF_KIND } from './problem.js';

/** A family error of any kind, with no title of its own. */
class Refusal extends RapporteurError {
  readonly code = 'some_refusal';
  constructor(readonly kind: ErrorKind) {
    super(`Refused as ${kind}.`);
  }
}

/** An app whose one route throws what it is given, answered by the server's one onError. */
async function answerTo(
  error: unknown,
  before?: (c: { header: (k: string, v: string) => void }) => void,
) {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.get('/', (c) => {
    before?.(c);
    throw error;
  });
  const response = await app.request('/');
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('turning thrown errors into problem JSON', () => {
  it.each(ERROR_KINDS)('answers a %s with the status and title of its kind', async (kind) => {
    const { response, body } = await answerTo(new Refusal(kind));
    const [status, title] = STATUS_OF_KIND[kind];
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(body).toEqual({
      type: 'https://rapporteur.dev/problems/some_refusal',
      status,
      code: 'some_refusal',
      title,
      detail: `Refused as ${kind}.`,
    });
  });

  it('gives each kind a status of its own, so that a status names one kind', () => {
    for (const kind of ERROR_KINDS) expect(kindOfStatus(STATUS_OF_KIND[kind][0])).toBe(kind);
  });

  it('answers a conflict the same wherever it is found: in a decision or at the append', async () => {
    const decided = await answerTo(new DecisionConflict('the draft', 41, 43));
    const appended = await answerTo(new AppendConflict('draft-1', 41, 43));
    for (const { response, body } of [decided, appended]) {
      expect(response.status).toBe(409);
      expect(body).toMatchObject({ code: 'concurrency_conflict', title: 'Changed meanwhile' });
    }
  });

  it('keeps the codes, statuses and titles the packages answered with', async () => {
    const cases: [unknown, number, string, string][] = [
      [new StreamSealedError('draft-1', 4), 423, 'stream_sealed', 'Frozen'],
      [new IllegalStateError('Already scheduled.'), 409, 'illegal_state', 'Not possible now'],
      [new RevisionNotFoundError(9, 3), 404, 'revision_not_found', 'No such revision'],
      [
        new ImportError({ code: 'too_deep', message: 'line 2: too deep' }),
        422,
        'too_deep',
        'Cannot import',
      ],
    ];
    for (const [error, status, code, title] of cases) {
      const { response, body } = await answerTo(error);
      expect(response.status).toBe(status);
      expect(body).toMatchObject({ status, code, title });
    }
  });

  it('answers a ProblemError of the HTTP layer by its kind, with its own title and Retry-After', async () => {
    const { response, body } = await answerTo(
      new ProblemError(429, { code: 'slow_down', title: 'Slow down', detail: 'Wait a minute.' }),
      (c) => {
        c.header('Retry-After', '60');
      },
    );
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(body).toMatchObject({ code: 'slow_down', title: 'Slow down', detail: 'Wait a minute.' });
  });

  it("answers Hono's own refusals as before", async () => {
    const { response, body } = await answerTo(
      new HTTPException(400, { message: 'Malformed JSON' }),
    );
    expect(response.status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid_request', title: 'Request refused' });
  });
});
