import { readFileSync } from 'node:fs';
import { draftStream } from '@rapporteur/draft-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiAs, type ApiCaller } from '../testing/api-call.js';
import {
  connectClient,
  waitFor,
  watchPermissionDenials,
  type TestClient,
} from '../testing/collab-client.js';
import { seatEveryone, type Seat, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
const FIXTURE = readFileSync(
  new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url),
  'utf8',
);
const EDITORS: readonly Seat[] = ['chair', 'vice-chair', 'secretariat'];

interface VersionAnswer {
  versionId: string;
  status: string;
  draftRevision: number;
  chainHash: string;
}

describe('review that cannot race: under review only accepted suggestions change the text', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];
  const api = (seat: Seat): ApiCaller => apiAs(running.url, people.get(seat)!.token);
  const draftHead = async () => (await running.store.head(draftStream(MEETING)))?.revision ?? -1;
  const editorOf = async (seat: Seat): Promise<TestClient> => {
    const client = connectClient(running.url, MEETING, { token: people.get(seat)!.token });
    clients.push(client);
    await client.synced;
    return client;
  };
  /** A step on a version, `path` being '<versionId>/<step>'. */
  const versionStep = async (seat: Seat, path: string, body?: unknown) =>
    api(seat)(`POST /meetings/${MEETING}/versions/${path}`, body);
  const submitted = async (): Promise<VersionAnswer> => {
    const named = await api('secretariat')(`POST /meetings/${MEETING}/versions`, {
      name: 'Draft for approval',
    });
    const version = (await named.json()) as VersionAnswer;
    expect((await versionStep('secretariat', `${version.versionId}/submit`)).status).toBe(200);
    return version;
  };

  beforeEach(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await running.restart();
    expect((await api('secretariat')(`POST /meetings/${MEETING}/import`, FIXTURE)).status).toBe(
      201,
    );
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running.close();
  });

  it('refuses every role’s typing on every socket once a version is submitted, and stores none of it', async () => {
    const version = await submitted();
    const meeting = (await (await api('delegate')(`GET /meetings/${MEETING}`)).json()) as {
      underReview: string | null;
    };
    expect(meeting.underReview).toBe(version.versionId);
    const head = await draftHead();
    for (const seat of EDITORS) {
      const editor = await editorOf(seat);
      const denials = watchPermissionDenials(editor);
      editor.text.insert(0, `Typed by the ${seat} under review. `);
      expect(await denials.first).toMatch(/review/);
    }
    expect(await draftHead()).toBe(head);
  });

  it('lets the text change only by accepted suggestions, which the version follows; the freeze succeeds while people keep typing', async () => {
    const version = await submitted();
    // The secretariat keeps typing throughout; every keystroke is refused.
    const typist = await editorOf('secretariat');
    const denials = watchPermissionDenials(typist);
    const typing = { on: true };
    const keepTyping = (async () => {
      while (typing.on) {
        typist.text.insert(0, 'x');
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();

    const proposed = await api('vice-chair')(`POST /meetings/${MEETING}/suggestions`, {
      paragraph: '8.3.1',
      quote: 'appreciated',
      replacement: 'welcomed',
    });
    expect(proposed.status).toBe(201);
    const { suggestionId } = (await proposed.json()) as { suggestionId: string };
    const before = await draftHead();
    expect(
      (await api('chair')(`POST /meetings/${MEETING}/suggestions/${suggestionId}/accept`)).status,
    ).toBe(200);
    expect(await draftHead()).toBe(before + 1);

    expect((await versionStep('vice-chair', `${version.versionId}/endorse`)).status).toBe(200);
    const approved = await versionStep('chair', `${version.versionId}/approve`);
    expect(approved.status).toBe(200);
    const approvedVersion = (await approved.json()) as VersionAnswer;
    // What is approved is the draft as it stands, the accepted suggestion included.
    expect(approvedVersion.draftRevision).toBe(await draftHead());
    const frozen = await versionStep('chair', `${version.versionId}/freeze`);
    expect(frozen.status, await frozen.clone().text()).toBe(200);
    typing.on = false;
    await keepTyping;
    await waitFor(() => denials.reasons.length > 0, 'a refusal of the typist');
    expect(await draftHead()).toBe(approvedVersion.draftRevision + 1);
    // The version's fingerprint is the approved head's, and the whole log verifies.
    const verified = await api('delegate')(`GET /meetings/${MEETING}/verify`);
    expect(await verified.json()).toMatchObject({ ok: true });
  });

  it('returns the draft to drafting when changes are requested', async () => {
    const version = await submitted();
    const sentBack = await versionStep('vice-chair', `${version.versionId}/request-changes`, {
      comment: 'Paragraph 8.3 needs the delegates’ statements.',
    });
    expect(sentBack.status).toBe(200);
    const head = await draftHead();
    const editor = await editorOf('secretariat');
    editor.text.insert(0, 'Drafting again. ');
    const deadline = Date.now() + 5_000;
    while ((await draftHead()) === head && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await draftHead()).toBe(head + 1);
  });

  it('refuses approval until enough vice-chairs endorsed, naming who has not; the chair changes how many', async () => {
    const version = await submitted();
    const refused = await versionStep('chair', `${version.versionId}/approve`);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { detail: string };
    expect(problem.detail).toContain('The vice-chair');
    expect(
      (await api('chair')(`PATCH /meetings/${MEETING}/settings`, { endorsementsRequired: 0 }))
        .status,
    ).toBe(200);
    expect((await versionStep('chair', `${version.versionId}/approve`)).status).toBe(200);
  });
});
