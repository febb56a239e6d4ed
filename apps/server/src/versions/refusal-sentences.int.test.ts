import { draftStream } from '@rapporteur/draft-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { type Seat, seatEveryone, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Problem {
  readonly code: string;
  readonly detail: string;
}

// People read these sentences: they name versions and people, never the ids machines use.
describe('refusals over HTTP, as sentences people read', () => {
  let running: TestServer;
  let client: TestClient | undefined;
  const people = new Map<Seat, TestPerson>();
  const person = (seat: Seat) => people.get(seat)!;
  const call = (seat: Seat, request: { method: string; path: string; body?: unknown }) =>
    fetch(`${running.url}/api/meetings/${MEETING}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${person(seat).token}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  const refusal = async (response: Response, status: number): Promise<Problem> => {
    expect(response.status).toBe(status);
    return (await response.json()) as Problem;
  };

  beforeEach(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    client = connectClient(running.url, MEETING, { token: person('secretariat').token });
    await client.synced;
    client.text.insert(0, 'The meeting opened. ');
    const deadline = Date.now() + 5_000;
    while ((await running.store.head(draftStream(MEETING))) === undefined) {
      if (Date.now() > deadline) throw new Error('The typing was never stored.');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });

  afterEach(async () => {
    client?.destroy();
    await running.close();
  });

  it('names the version of a refused step by its name, with no id', async () => {
    const named = (await (
      await call('secretariat', { method: 'POST', path: '/versions', body: { name: 'Final' } })
    ).json()) as {
      versionId: string;
    };
    expect(named.versionId).toMatch(UUID);
    expect(
      (await call('secretariat', { method: 'POST', path: `/versions/${named.versionId}/submit` }))
        .status,
    ).toBe(200);
    const again = await refusal(
      await call('secretariat', { method: 'POST', path: `/versions/${named.versionId}/submit` }),
      409,
    );
    expect(again.code).toBe('illegal_state');
    expect(again.detail).toMatch(/version "Final" is waiting for approval/);
    expect(again.detail).not.toMatch(UUID);
    const missing = await refusal(
      await call('chair', {
        method: 'GET',
        path: '/diff?from=0b8d3c1e-3f0a-4c55-9a51-2f1f7d3f6a10',
      }),
      404,
    );
    expect(missing.code).toBe('version_not_found');
    expect(missing.detail).not.toMatch(UUID);
    const noMeeting = await refusal(
      await fetch(`${running.url}/api/meetings/0b8d3c1e-3f0a-4c55-9a51-2f1f7d3f6a10`, {
        headers: { authorization: `Bearer ${person('chair').token}` },
      }),
      404,
    );
    expect(noMeeting.code).toBe('not_found');
    expect(noMeeting.detail).toBe('There is no such meeting of yours.');
  });

  it('names the person of a refused role change by their name, with no id', async () => {
    const chairId = person('chair').user.id;
    expect(chairId).toMatch(UUID);
    const demotion = await refusal(
      await call('secretariat', {
        method: 'PATCH',
        path: `/participants/${chairId}`,
        body: { role: 'delegate' },
      }),
      409,
    );
    expect(demotion.code).toBe('illegal_state');
    expect(demotion.detail).toMatch(/^The chair is the chair and stays so until they hand over/);
    expect(demotion.detail).not.toMatch(UUID);
    const stranger = await refusal(
      await call('chair', {
        method: 'PATCH',
        path: `/participants/${person('outsider').user.id}`,
        body: {
          role: 'delegate',
        },
      }),
      404,
    );
    expect(stranger.detail).toMatch(/^This person is not a participant in this meeting/);
    expect(stranger.detail).not.toMatch(UUID);
  });

  it('names a document already in the register by its symbol, with no id', async () => {
    const document = {
      symbol: 'S19-CWGWSIS34-C-0001',
      title: 'Agenda',
      source: 'Chair',
      revision: 4,
    };
    expect(
      (await call('secretariat', { method: 'POST', path: '/documents', body: document })).status,
    ).toBe(201);
    const twice = await refusal(
      await call('secretariat', { method: 'POST', path: '/documents', body: document }),
      409,
    );
    expect(twice.detail).toBe(
      'S19-CWGWSIS34-C-0001 Rev.4 is already in the register: register a later revision with the next revision number.',
    );
  });

  it('does not echo the id of a comment or suggestion the meeting does not have', async () => {
    const unknown = '0b8d3c1e-3f0a-4c55-9a51-2f1f7d3f6a10';
    const suggestion = await refusal(
      await call('chair', { method: 'POST', path: `/suggestions/${unknown}/accept`, body: {} }),
      404,
    );
    expect(suggestion.code).toBe('suggestion_not_found');
    expect(suggestion.detail).toMatch(
      /^This meeting has no such suggestion: reload the suggestions/,
    );
    const comment = await refusal(
      await call('delegate', {
        method: 'POST',
        path: `/comments/${unknown}/replies`,
        body: { body: 'Agreed.' },
      }),
      404,
    );
    expect(comment.code).toBe('comment_not_found');
    expect(comment.detail).toMatch(/^This meeting has no such comment: reload the comments/);
  });
});
