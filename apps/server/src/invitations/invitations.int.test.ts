import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type ApiRequest } from '../testing/api-call.js';
import {
  meetingWith,
  PASSWORD,
  seatEveryone,
  type Seat,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
const OTHER_MEETING = 'cwg-35';

/** What an inviter reads back from POST /participants. */
interface Answer {
  outcome: 'joined' | 'pending';
  link: string | null;
  invitation: { id: string; invitedBy: string; expiresAt: string } | null;
}

// The link's token is after '#': what the page posts to the API.
const tokenOf = (answer: Answer) => (answer.link ?? '').split('#')[1] ?? '';

describe('invitations with one-time links', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();

  beforeAll(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    // A second meeting the same chair chairs: its path must not reach the first one's invitations.
    await meetingWith(running.store, OTHER_MEETING, { chair: people.get('chair')!.user });
    await running.restart();
  }, 30_000);
  afterAll(() => running.close());

  const as = (seat: Seat, request: ApiRequest, body?: unknown) =>
    apiAs(running.url, people.get(seat)!.token)(request, body);
  const anonymous = (path: string, body: unknown) =>
    fetch(`${running.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const invite = async (email: string, role = 'delegate', seat: Seat = 'chair') => {
    const response = await as(seat, `POST /meetings/${MEETING}/participants`, { email, role });
    expect(response.status).toBe(202);
    return (await response.json()) as Answer;
  };
  const pending = async () =>
    (await (await as('chair', `GET /meetings/${MEETING}/invitations`)).json()) as {
      id: string;
      email: string;
    }[];
  const logLength = async () => (await running.store.readStream(`meeting-${MEETING}`)).length;

  it('invites an email without an account, and its link creates the account in the meeting', async () => {
    const answer = await invite('Newcomer@Example.org', 'secretariat');
    expect(answer).toMatchObject({ outcome: 'pending', invitation: { invitedBy: 'The chair' } });
    expect(answer.link).toMatch(/^\/invitation#inv_[A-Za-z0-9_-]{43}$/);
    expect((await pending()).map((p) => p.email)).toContain('newcomer@example.org');

    const preview = await anonymous('/invitations/look-up', { token: tokenOf(answer) });
    expect(await preview.json()).toMatchObject({
      meetingId: MEETING,
      meetingTitle: 'CWG-WSIS&SDG 34',
      role: 'secretariat',
      invitedBy: 'The chair',
      email: 'newcomer@example.org',
    });

    const before = await logLength();
    const accepted = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Nadia Newcomer',
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toEqual({
      meetingId: MEETING,
      name: 'Nadia Newcomer',
      email: 'newcomer@example.org',
      role: 'secretariat',
    });
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const meeting = await fetch(`${running.url}/api/meetings/${MEETING}`, { headers: { cookie } });
    expect(await meeting.json()).toMatchObject({ role: 'secretariat' });
    // The roster event is in the log, recorded as the chair's invitation.
    const events = await running.store.readStream(`meeting-${MEETING}`);
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({
      type: 'ParticipantInvited',
      metadata: { actor: people.get('chair')!.user.id },
    });
    expect((await pending()).map((p) => p.email)).not.toContain('newcomer@example.org');

    const again = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Someone Else',
      password: PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      code: 'invitation_used',
      detail:
        'This invitation has already been used: sign in as newcomer@example.org with the password chosen then.',
    });
  });

  it('answers an email with an account in the same shape, and adds the account at once', async () => {
    const answer = await invite('outsider@itu.example');
    expect(Object.keys(answer).sort()).toEqual(['email', 'invitation', 'link', 'outcome', 'role']);
    expect(answer).toMatchObject({ outcome: 'joined', link: null, invitation: null });
  });

  it.each([
    { what: 'not one of ours', token: 'garbage', status: 404, code: 'invitation_not_found' },
    {
      what: 'of our shape but unknown',
      token: `inv_${'A'.repeat(43)}`,
      status: 404,
      code: 'invitation_not_found',
    },
    { what: 'empty', token: '', status: 400, code: 'invalid_request' },
    { what: 'too long', token: `inv_${'A'.repeat(500)}`, status: 400, code: 'invalid_request' },
  ])('refuses a token $what and creates nothing', async ({ token, status, code }) => {
    const count = await running.accounts.count();
    for (const path of ['/invitations/look-up', '/invitations/accept']) {
      const response = await anonymous(path, { token, name: 'Mallory', password: PASSWORD });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ code });
    }
    expect(await running.accounts.count()).toBe(count);
  });

  it('withdraws an invitation: its link is refused with a sentence, and withdrawing again is not found', async () => {
    const answer = await invite('withdrawn@example.org');
    const id = answer.invitation!.id;
    expect((await as('chair', `DELETE /meetings/${MEETING}/invitations/${id}`)).status).toBe(204);
    expect((await pending()).map((p) => p.id)).not.toContain(id);
    const refused = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Too Late',
      password: PASSWORD,
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'invitation_withdrawn',
      detail:
        'This invitation was withdrawn: ask The chair to invite you again if you should still take part.',
    });
    expect(await running.accounts.findByEmail('withdrawn@example.org')).toBeUndefined();
    const twice = await as('chair', `DELETE /meetings/${MEETING}/invitations/${id}`);
    expect(twice.status).toBe(404);
  });

  it('does not withdraw an invitation through another meeting', async () => {
    const answer = await invite('wrong-meeting@example.org');
    const id = answer.invitation!.id;
    const response = await as('chair', `DELETE /meetings/${OTHER_MEETING}/invitations/${id}`);
    expect(response.status).toBe(404);
    expect((await pending()).map((p) => p.id)).toContain(id);
  });

  it('refuses a delegate who tries to invite, list or withdraw, and stores nothing', async () => {
    const answer = await invite('kept@example.org');
    const waiting = (await pending()).length;
    const invited = await as('delegate', `POST /meetings/${MEETING}/participants`, {
      email: 'friend-of-delegate@example.org',
      role: 'delegate',
    });
    expect(invited.status).toBe(403);
    expect((await as('delegate', `GET /meetings/${MEETING}/invitations`)).status).toBe(403);
    const withdraw = `DELETE /meetings/${MEETING}/invitations/${answer.invitation!.id}` as const;
    expect((await as('delegate', withdraw)).status).toBe(403);
    expect((await pending()).length).toBe(waiting);
  });

  it('keeps the link pending when the password is refused, so the invitee can try again', async () => {
    const answer = await invite('retry@example.org');
    const weak = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Retry Person',
      password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({ code: 'weak_password' });
    const good = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Retry Person',
      password: PASSWORD,
    });
    expect(good.status).toBe(201);
  });

  it('refuses at acceptance what the roster no longer allows: an inviter removed since', async () => {
    const answer = await invite('late@example.org', 'delegate', 'secretariat');
    const secretariat = people.get('secretariat')!.user.id;
    expect(
      (await as('chair', `DELETE /meetings/${MEETING}/participants/${secretariat}`)).status,
    ).toBe(204);
    const before = await logLength();
    const refused = await anonymous('/invitations/accept', {
      token: tokenOf(answer),
      name: 'Late Comer',
      password: PASSWORD,
    });
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('invitation_refused');
    expect(problem.detail).toMatch(
      /^This invitation cannot be accepted as it stands: .+ Ask The secretariat to invite you again\.$/,
    );
    expect(await running.accounts.findByEmail('late@example.org')).toBeUndefined();
    expect(await logLength()).toBe(before);
  });

  it('refuses a second chair at acceptance time too', async () => {
    // The API refuses to invite a second chair; a chair invitation stored beside the API (as one
    // made before a hand-over would be) meets the same rule when it is accepted.
    const { token } = await running.accounts.invitations.create({
      meetingId: MEETING,
      email: 'second-chair@example.org',
      role: 'chair',
      invitedBy: people.get('chair')!.user.id,
      days: 7,
    });
    const refused = await anonymous('/invitations/accept', {
      token,
      name: 'Second Chair',
      password: PASSWORD,
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'invitation_refused',
      detail: expect.stringContaining('a meeting has one chair') as string,
    });
    expect(await running.accounts.findByEmail('second-chair@example.org')).toBeUndefined();
  });
});

describe('an invitation that expired', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  beforeAll(async () => {
    // INVITATION_DAYS as a fraction: one second, so the test need not wait a week.
    running = await startTestServer({ invitationDays: 1 / 86_400 });
    await seatEveryone(running, MEETING, people);
    await running.restart();
  }, 30_000);
  afterAll(() => running.close());

  it('is refused with the day it expired and whom to ask, and drops out of the pending list', async () => {
    const chair = apiAs(running.url, people.get('chair')!.token);
    const made = await chair(`POST /meetings/${MEETING}/participants`, {
      email: 'slow@example.org',
      role: 'delegate',
    });
    const answer = (await made.json()) as Answer;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const refused = await fetch(`${running.url}/api/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tokenOf(answer), name: 'Slow Reader', password: PASSWORD }),
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      code: 'invitation_expired',
      detail: expect.stringMatching(
        /^This invitation expired on \d{1,2} [A-Z][a-z]+ \d{4}: ask The chair to invite you again\.$/,
      ) as string,
    });
    expect(await (await chair(`GET /meetings/${MEETING}/invitations`)).json()).toEqual([]);
    expect(await running.accounts.findByEmail('slow@example.org')).toBeUndefined();
  });
});
