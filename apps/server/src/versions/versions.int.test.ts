import { MESSAGE_AUTH } from '@rapporteur/collab';
import { draftStream } from '@rapporteur/draft-log';
import { can, type Action } from '@rapporteur/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingStream } from '../meetings/meeting-events.js';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { type Seat, seatEveryone, SEATS, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';

interface VersionAnswer {
  versionId: string;
  status: string;
  draftRevision: number;
  documentRevision: number;
  chainHash: string;
}

describe('versions: name, submit, endorse, approve, freeze, reopen', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];

  const person = (seat: Seat) => people.get(seat)!;
  const post = (seat: Seat, path: string, body?: unknown) =>
    fetch(`${running.url}/api/meetings/${MEETING}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${person(seat).token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const head = async (stream = draftStream(MEETING)) => running.store.head(stream);
  const draftRevision = async () => (await head())?.revision ?? -1;
  /** A real y-websocket client of `seat` that has typed `text`; resolves when it is stored or refused. */
  const type = async (seat: Seat, text: string): Promise<'stored' | 'denied'> => {
    const before = await draftRevision();
    const client = connectClient(running.url, MEETING, { token: person(seat).token });
    clients.push(client);
    const heard = { denied: false };
    client.provider.messageHandlers[MESSAGE_AUTH] = () => {
      heard.denied = true;
    };
    await client.synced;
    client.text.insert(0, text);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      if (heard.denied) return 'denied';
      if ((await draftRevision()) > before) return 'stored';
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`Typing as the ${seat} was neither stored nor refused.`);
  };
  const approvedVersion = async (): Promise<VersionAnswer> => {
    const named = (await (
      await post('secretariat', '/versions', { name: 'Final' })
    ).json()) as VersionAnswer;
    expect((await post('secretariat', `/versions/${named.versionId}/submit`)).status).toBe(200);
    expect((await post('vice-chair', `/versions/${named.versionId}/endorse`)).status).toBe(200);
    const approved = await post('chair', `/versions/${named.versionId}/approve`);
    expect(approved.status).toBe(200);
    return (await approved.json()) as VersionAnswer;
  };

  beforeEach(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await running.restart();
    expect(await type('secretariat', 'The meeting opened. ')).toBe('stored');
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running.close();
  });

  it('goes from named to frozen, and a freeze stops every writer, the chair and raw clients included', async () => {
    const version = await approvedVersion();
    expect(version.status).toBe('approved');
    const frozen = await post('chair', `/versions/${version.versionId}/freeze`);
    expect(frozen.status).toBe(200);
    expect(((await frozen.json()) as VersionAnswer).status).toBe('frozen');
    expect(await head()).toMatchObject({ sealed: true, revision: version.draftRevision + 1 });
    const sealedAt = await draftRevision();
    for (const seat of ['chair', 'vice-chair', 'secretariat'] as const)
      expect(await type(seat, `after the freeze, the ${seat}`)).toBe('denied');
    expect(await draftRevision()).toBe(sealedAt);
    const meeting = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}`, {
        headers: { authorization: `Bearer ${person('delegate').token}` },
      })
    ).json()) as { frozen: { versionId: string; by: string } | null };
    expect(meeting.frozen).toMatchObject({
      versionId: version.versionId,
      by: person('chair').user.id,
    });
  });

  it('reopens as Rev.1: editing works again and new versions belong to the next revision', async () => {
    const version = await approvedVersion();
    await post('chair', `/versions/${version.versionId}/freeze`);
    expect((await post('vice-chair', '/reopen', {})).status).toBe(403);
    const reopened = await post('chair', '/reopen', {
      reason: 'A delegation asked for a correction.',
    });
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toEqual({ documentRevision: 1 });
    // The meeting says why it was reopened, for the whole of Rev.1.
    const meeting = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}`, {
        headers: { authorization: `Bearer ${person('delegate').token}` },
      })
    ).json()) as { reopened: unknown };
    expect(meeting.reopened).toEqual({
      at: expect.any(String) as string,
      by: person('chair').user.id,
      reason: 'A delegation asked for a correction.',
    });
    const versions = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}/versions`, {
        headers: { authorization: `Bearer ${person('delegate').token}` },
      })
    ).json()) as { status: string; frozen: { by: string } | null }[];
    // The frozen version keeps who froze it after the reopening.
    expect(versions[0]).toMatchObject({
      status: 'frozen',
      frozen: { by: person('chair').user.id },
    });
    expect(await type('vice-chair', 'Corrected. ')).toBe('stored');
    const next = (await (
      await post('secretariat', '/versions', { name: 'Rev.1 draft' })
    ).json()) as VersionAnswer;
    expect(next.documentRevision).toBe(1);
  });

  it('refuses every edit after the submission, so the freeze always finds the approved revision (decision 36)', async () => {
    const version = await approvedVersion();
    const draftBefore = await head();
    // The review sealed the draft at submission: the stream itself refuses what a socket sends.
    expect(draftBefore?.sealed).toBe(true);
    expect(await type('vice-chair', 'A late edit. ')).toBe('denied');
    expect(await head()).toEqual(draftBefore);
    const frozen = await post('chair', `/versions/${version.versionId}/freeze`);
    expect(frozen.status).toBe(200);
    expect((await head())?.revision).toBe(version.draftRevision + 1);
  });

  it('refuses bad steps with problem JSON and stores nothing', async () => {
    const named = (await (
      await post('secretariat', '/versions', { name: 'Draft' })
    ).json()) as VersionAnswer;
    const before = (await head(meetingStream(MEETING)))?.revision;
    const cases: [Seat, string, unknown, number, string][] = [
      ['chair', `/versions/${named.versionId}/approve`, undefined, 409, 'illegal_state'],
      ['chair', `/versions/${named.versionId}/freeze`, undefined, 409, 'illegal_state'],
      ['chair', '/versions/no-such-version/submit', undefined, 404, 'not_found'],
      ['chair', `/versions/${named.versionId}/publish`, undefined, 400, 'invalid_request'],
      [
        'chair',
        `/versions/${named.versionId}/request-changes`,
        { comment: 7 },
        400,
        'invalid_request',
      ],
      ['chair', '/versions', { name: '' }, 400, 'validation_failed'],
      ['chair', '/versions', { name: 'x', revision: 999 }, 404, 'revision_not_found'],
      ['chair', '/reopen', {}, 409, 'illegal_state'],
      ['outsider', `/versions/${named.versionId}/submit`, undefined, 404, 'not_found'],
    ];
    for (const [seat, path, body, status, code] of cases) {
      const response = await post(seat, path, body);
      const problem = (await response.json()) as { code: string };
      expect({ path, status: response.status, code: problem.code }).toEqual({ path, status, code });
    }
    expect((await head(meetingStream(MEETING)))?.revision).toBe(before);
  });

  const STEPS: [Action, string][] = [
    ['name-version', 'name'],
    ['submit-version', 'submit'],
    ['endorse', 'endorse'],
    ['request-changes', 'request-changes'],
    ['approve', 'approve'],
  ];
  it.each(SEATS)('lets %s take exactly the steps the permission table gives', async (seat) => {
    for (const [action, stepName] of STEPS) {
      // One version is under review at a time: the one before is sent back first.
      await sendBackUnderReview();
      const named = (await (
        await post('chair', '/versions', { name: 'v' })
      ).json()) as VersionAnswer;
      // Submitted by the secretariat: whoever submits a version may not endorse it.
      if (action !== 'name-version' && action !== 'submit-version')
        await post('secretariat', `/versions/${named.versionId}/submit`);
      // Approval needs a vice-chair's endorsement (issue #14).
      if (action === 'approve') await post('vice-chair', `/versions/${named.versionId}/endorse`);
      const response =
        stepName === 'name'
          ? await post(seat, '/versions', { name: `by the ${seat}` })
          : stepName === 'request-changes'
            ? await post(seat, `/versions/${named.versionId}/request-changes`, {
                comment: 'Please fix §2.',
              })
            : await post(seat, `/versions/${named.versionId}/${stepName}`);
      const allowed = seat !== 'outsider' && can(seat, action);
      const expected = allowed
        ? stepName === 'name'
          ? 201
          : 200
        : seat === 'outsider'
          ? 404
          : 403;
      expect({ action, status: response.status }).toEqual({ action, status: expected });
    }
  });

  /** Sends the version under review, if any and still waiting, back to drafting. */
  const sendBackUnderReview = async () => {
    const meeting = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}`, {
        headers: { authorization: `Bearer ${person('chair').token}` },
      })
    ).json()) as { underReview: string | null };
    if (meeting.underReview === null) return;
    await post('chair', `/versions/${meeting.underReview}/request-changes`, {
      comment: 'Sent back so that the next step can be tried.',
    });
  };
});
