import { draftStream } from '@rapporteur/draft-log';
import { LIMITS } from '@rapporteur/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingStream } from '../meetings/meeting-events.js';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { type Seat, seatEveryone, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';

interface Step {
  readonly by: string;
  readonly comment: string | null;
}
interface VersionAnswer {
  readonly versionId: string;
  readonly status: string;
  readonly submitted: Step | null;
  readonly endorsements: Step[];
  readonly approved: Step | null;
  readonly frozen: Step | null;
}

// A step's comment is recorded with the step, shown in the version's trail and in the history,
// and a comment too long or not text is refused with nothing recorded.
describe('versions: a comment with each step', () => {
  let running: TestServer;
  let client: TestClient | undefined;
  const people = new Map<Seat, TestPerson>();
  const person = (seat: Seat) => people.get(seat)!;
  const call = (
    seat: Seat,
    { method, path, body }: { method: string; path: string; body?: unknown },
  ) =>
    fetch(`${running.url}/api/meetings/${MEETING}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${person(seat).token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const step = async (seat: Seat, path: string, body?: unknown): Promise<VersionAnswer> => {
    const response = await call(seat, { method: 'POST', path, body });
    expect(response.status).toBe(200);
    return (await response.json()) as VersionAnswer;
  };
  const meetingHead = async () => (await running.store.head(meetingStream(MEETING)))?.revision;

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

  it('records each step’s comment, shows it in the trail and in the history, and refuses a bad one', async () => {
    const named = (await (
      await call('secretariat', { method: 'POST', path: '/versions', body: { name: 'Final' } })
    ).json()) as VersionAnswer;
    const at = `/versions/${named.versionId}`;
    const submitted = await step('secretariat', `${at}/submit`, {
      comment: 'For the vice-chairs.',
    });
    expect(submitted.submitted).toMatchObject({ comment: 'For the vice-chairs.' });
    // No body at all is a step without a comment, as before comments existed.
    const endorsed = await step('vice-chair', `${at}/endorse`);
    expect(endorsed.endorsements).toEqual([
      { at: expect.any(String) as string, by: person('vice-chair').user.id, comment: null },
    ]);

    const before = await meetingHead();
    const tooLong = await call('chair', {
      method: 'POST',
      path: `${at}/approve`,
      body: {
        comment: 'x'.repeat(LIMITS.comment + 1),
      },
    });
    expect(tooLong.status).toBe(400);
    const refusal = (await tooLong.json()) as { code: string; detail: string };
    expect(refusal.code).toBe('invalid_request');
    expect(refusal.detail).toContain(`at most ${LIMITS.comment} characters`);
    const notText = await call('chair', {
      method: 'POST',
      path: `${at}/approve`,
      body: { comment: 'one\u0007two' },
    });
    expect(notText.status).toBe(400);
    expect(((await notText.json()) as { code: string }).code).toBe('validation_failed');
    expect(await meetingHead()).toBe(before);
    const untouched = (await (
      await call('chair', { method: 'GET', path: '/versions' })
    ).json()) as VersionAnswer[];
    expect(untouched[0]).toMatchObject({ status: 'endorsed', approved: null });

    const approved = await step('chair', `${at}/approve`, {
      comment: '  The text the group agreed.\n',
    });
    expect(approved.approved).toMatchObject({
      by: person('chair').user.id,
      comment: 'The text the group agreed.',
    });
    const frozen = await step('chair', `${at}/freeze`, { comment: '' });
    expect(frozen.frozen).toMatchObject({ comment: null });

    const history = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}/history?limit=50`, {
        headers: { authorization: `Bearer ${person('delegate').token}` },
      })
    ).json()) as {
      items: { type?: string; summary?: string }[];
    };
    const lines = history.items.filter((item) => item.type !== undefined).map((i) => i.summary);
    expect(lines).toContain('submitted version “Final” for approval: For the vice-chairs.');
    expect(lines).toContain('endorsed version “Final”');
    expect(lines).toContain('approved version “Final”: The text the group agreed.');
    expect(lines).toContain('froze the draft at version “Final”');
  });
});
