import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import { connectClient } from '../testing/collab-client.js';
import {
  createPerson,
  meetingWith,
  PASSWORD,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { sessionExpiringIn, tokenExpiringIn } from '../testing/short-lived-credentials.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';

interface ServerSentEvent {
  event: string;
  id?: string;
  data: { type?: string; revision?: number; summary?: string };
}

/** Reads Server-Sent Events from a response as they come. */
function eventsOf(response: Response): { next(): Promise<ServerSentEvent>; cancel(): void } {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next() {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue;
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const id = field('id');
          return {
            event: field('event') ?? 'message',
            ...(id === undefined ? {} : { id }),
            data: JSON.parse(field('data') ?? '{}') as ServerSentEvent['data'],
          };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('The stream ended.');
        buffer += value;
      }
    },
    cancel() {
      reader.cancel().catch(() => undefined);
    },
  };
}

describe('live meeting events (Server-Sent Events)', () => {
  let running: TestServer;
  let chair: TestPerson;
  let vice: TestPerson;
  let outsider: TestPerson;
  const open: { cancel(): void }[] = [];

  const subscribe = async (person: TestPerson, headers: Record<string, string> = {}) => {
    const response = await fetch(`${running.url}/api/meetings/${MEETING}/events`, {
      headers: { authorization: `Bearer ${person.token}`, ...headers },
    });
    return response;
  };

  beforeEach(async () => {
    running = await startTestServer();
    chair = await createPerson(running.accounts, { email: 'chair@itu.example', name: 'The chair' });
    vice = await createPerson(running.accounts, { email: 'vice@itu.example', name: 'The vice' });
    outsider = await createPerson(running.accounts, { email: 'out@itu.example', name: 'Outsider' });
    await meetingWith(running.store, MEETING, {
      chair: chair.user,
      others: [{ user: vice.user, role: 'vice-chair' }],
    });
    await running.restart();
  });

  afterEach(async () => {
    for (const stream of open.splice(0)) stream.cancel();
    await running.close();
  });

  it('catches up from the start, then sends what happens live', async () => {
    const response = await subscribe(vice);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(response);
    open.push(events);
    expect(await events.next()).toMatchObject({
      event: 'meeting',
      id: '0',
      data: { type: 'MeetingScheduled' },
    });
    expect(await events.next()).toMatchObject({ id: '1', data: { type: 'ParticipantInvited' } });
    const named = await fetch(`${running.url}/api/meetings/${MEETING}/participants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chair.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'out@itu.example', role: 'delegate' }),
    });
    expect(named.status).toBe(202);
    expect(await events.next()).toMatchObject({
      event: 'meeting',
      id: '2',
      data: { type: 'ParticipantInvited', summary: 'invited Outsider as a delegate' },
    });
  });

  it('tells that the draft moved, without an id to resume from', async () => {
    const events = eventsOf(await subscribe(vice, { 'last-event-id': '1' }));
    open.push(events);
    const writer = connectClient(running.url, MEETING, { token: chair.token });
    try {
      await writer.synced;
      for (const letter of 'abcdef') writer.text.insert(writer.text.length, letter);
      const tick = await events.next();
      expect(tick).toMatchObject({ event: 'draft', data: { type: 'DraftUpdated' } });
      expect(tick.id).toBeUndefined();
      expect(tick.data.revision).toBeGreaterThanOrEqual(0);
    } finally {
      writer.destroy();
    }
  });

  it('resumes after Last-Event-ID', async () => {
    const events = eventsOf(await subscribe(vice, { 'last-event-id': '0' }));
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '1', data: { type: 'ParticipantInvited' } });
  });

  it('ends the stream of a person removed from the meeting', async () => {
    const events = eventsOf(await subscribe(vice, { 'last-event-id': '1' }));
    open.push(events);
    const commands = new MeetingCommandHandler({
      store: running.store,
      clock: () => new Date(),
    });
    await commands.execute(MEETING, {
      type: 'RemoveParticipant',
      data: { personId: vice.user.id, by: { personId: chair.user.id } },
    });
    await expect(events.next()).rejects.toThrow(/ended/);
  });

  /** Whether the stream ends within a second (keep-alives and events before the end are read). */
  const endsWithinASecond = async (events: { next(): Promise<ServerSentEvent> }) => {
    const deadline = new Promise<'still open'>((resolve) =>
      setTimeout(() => {
        resolve('still open');
      }, 1000),
    );
    const ended = (async () => {
      try {
        for (;;) await events.next();
      } catch {
        return 'ended';
      }
    })();
    return Promise.race([ended, deadline]);
  };

  it('ends, within a second, a stream opened with an API token that is then revoked', async () => {
    const { id, token } = await running.accounts.createToken(vice.user.id, 'dashboard');
    const events = eventsOf(await subscribe({ user: vice.user, token }));
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '0' });
    const revoked = await fetch(`${running.url}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${vice.token}` },
    });
    expect(revoked.status).toBe(204);
    expect(await endsWithinASecond(events)).toBe('ended');
  });

  it('ends, within a second, a stream opened with a session that then signs out', async () => {
    const signIn = await fetch(`${running.url}/api/session`, {
      method: 'POST',
      headers: { origin: running.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: vice.user.email, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const response = await fetch(`${running.url}/api/meetings/${MEETING}/events`, {
      headers: { cookie },
    });
    const events = eventsOf(response);
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '0' });
    const signOut = await fetch(`${running.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie, origin: running.url },
    });
    expect(signOut.status).toBe(204);
    expect(await endsWithinASecond(events)).toBe('ended');
  });

  it('ends a stream opened with an API token when the token expires', async () => {
    const { token } = await tokenExpiringIn(running, vice.user.id, 1500);
    const events = eventsOf(await subscribe({ user: vice.user, token }));
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '0' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await endsWithinASecond(events)).toBe('ended');
  });

  it('ends a stream opened with a browser session when the session expires', async () => {
    const { cookie } = await sessionExpiringIn(running, vice.user.id, 1500);
    const events = eventsOf(
      await fetch(`${running.url}/api/meetings/${MEETING}/events`, { headers: { cookie } }),
    );
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '0' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await endsWithinASecond(events)).toBe('ended');
  });

  it('keeps the stream of another credential of the same person open', async () => {
    const { id } = await running.accounts.createToken(vice.user.id, 'other script');
    const events = eventsOf(await subscribe(vice));
    open.push(events);
    expect(await events.next()).toMatchObject({ id: '0' });
    await fetch(`${running.url}/api/tokens/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${vice.token}` },
    });
    expect(await endsWithinASecond(events)).toBe('still open');
  });

  it('refuses outsiders, strangers and bad ids with problem JSON', async () => {
    expect((await subscribe(outsider)).status).toBe(404);
    expect((await fetch(`${running.url}/api/meetings/${MEETING}/events`)).status).toBe(401);
    const bad = await subscribe(vice, { 'last-event-id': 'yesterday' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('invalid_last_event_id');
  });
});
