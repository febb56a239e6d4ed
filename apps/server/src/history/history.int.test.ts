import { draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, NUMBERED_PARAGRAPH } from '@rapporteur/editor-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiAs, type ApiCaller } from '../testing/api-call.js';
import { connectClient, nextClose, waitFor, type TestClient } from '../testing/collab-client.js';
import {
  meetingWith,
  type Seat,
  seatEveryone,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
const OTHER_MEETING = 'cwg-35';

interface Section {
  readonly section: string | null;
  readonly kinds: string[];
  readonly authors: string[];
}

/** A block as the editor writes it: a numbered paragraph element holding its text. */
function numbered(level: number, text: string): Y.XmlElement {
  const element = new Y.XmlElement(NUMBERED_PARAGRAPH);
  element.setAttribute('level', level as never);
  const content = new Y.XmlText();
  content.insert(0, text);
  element.insert(0, [content]);
  return element;
}

function textOf(client: TestClient, block: number): Y.XmlText {
  const element = client.doc.getXmlFragment(DRAFT_FIELD).get(block) as Y.XmlElement;
  return element.get(0) as Y.XmlText;
}

describe('the history of a draft, over HTTP', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];
  let version: { versionId: string; draftRevision: number; chainHash: string };
  let otherVersionId: string;

  const person = (seat: Seat) => people.get(seat)!;
  const as = (seat: Seat): ApiCaller => apiAs(running.url, person(seat).token);
  const get = (seat: Seat, path: `/${string}`) => as(seat)(`GET ${path}`);
  const head = async () => (await running.store.head(draftStream(MEETING)))?.revision ?? -1;
  const waitForRevision = async (revision: number) => {
    const deadline = Date.now() + 10_000;
    while ((await head()) < revision) {
      if (Date.now() > deadline) throw new Error(`The draft never reached revision ${revision}.`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const writer = async (seat: Seat) => {
    const client = connectClient(running.url, MEETING, { token: person(seat).token });
    clients.push(client);
    await client.synced;
    return client;
  };

  beforeAll(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await meetingWith(running.store, OTHER_MEETING, { chair: person('outsider').user });
    await running.restart();

    const chair = await writer('chair');
    chair.doc
      .getXmlFragment(DRAFT_FIELD)
      .insert(0, [
        numbered(1, 'Opening of the meeting'),
        numbered(2, 'The chair opened the meeting.'),
        numbered(1, 'Contributions'),
        numbered(2, 'Document C-0001 was presented.'),
      ]);
    await waitForRevision(0);

    const named = await as('secretariat')(`POST /meetings/${MEETING}/versions`, {
      name: 'Skeleton',
    });
    expect(named.status).toBe(201);
    version = (await named.json()) as typeof version;

    const vice = await writer('vice-chair');
    textOf(vice, 1).insert(29, ' She welcomed the members.');
    await waitForRevision(version.draftRevision + 1);
    const secretariat = await writer('secretariat');
    await waitFor(() => secretariat.doc.getXmlFragment(DRAFT_FIELD).length === 4, 'the blocks');
    secretariat.doc
      .getXmlFragment(DRAFT_FIELD)
      .insert(4, [numbered(2, 'The secretariat will circulate the report.')]);
    await waitForRevision(version.draftRevision + 2);

    await as('outsider')(`POST /meetings/${OTHER_MEETING}/import`, '1. Elsewhere\n');
    const other = await as('outsider')(`POST /meetings/${OTHER_MEETING}/versions`, {
      name: 'Elsewhere',
    });
    expect(other.status).toBe(201);
    otherVersionId = ((await other.json()) as { versionId: string }).versionId;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await running.close();
  });

  it('compares a version with the head: the sections changed, how, and by whom', async () => {
    const response = await get(
      'delegate',
      `/meetings/${MEETING}/diff?from=${version.versionId}&to=head`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { diff: { sections: Section[] }; html: string };
    expect(
      body.diff.sections.map(({ section, kinds, authors }) => ({ section, kinds, authors })),
    ).toEqual([
      { section: '1.1.', kinds: ['changed'], authors: [person('vice-chair').user.id] },
      { section: '2.2.', kinds: ['added'], authors: [person('secretariat').user.id] },
    ]);
    expect(body.html).toContain('<ins');
    expect(body.html).toContain('She welcomed the members.');
  });

  it('shows the draft as it was at the version, and at the head', async () => {
    const then = await get('delegate', `/meetings/${MEETING}/draft?at=${version.draftRevision}`);
    expect(then.status).toBe(200);
    const before = (await then.json()) as { revision: number; html: string; head: number };
    expect(before.revision).toBe(version.draftRevision);
    expect(before.html).toContain('The chair opened the meeting.');
    expect(before.html).not.toContain('She welcomed');
    expect(before.head).toBe(await head());
    const now = (await (await get('delegate', `/meetings/${MEETING}/draft`)).json()) as {
      html: string;
    };
    expect(now.html).toContain('<span class="paragraph-number">2.2.</span>');
  });

  it('tells who wrote each run of the text', async () => {
    const response = await get('delegate', `/meetings/${MEETING}/authors`);
    const body = (await response.json()) as {
      blocks: { section: string | null; runs: { text: string; author: string | null }[] }[];
      people: { id: string; name: string }[];
    };
    expect(body.blocks.find((block) => block.section === '1.1.')?.runs).toEqual([
      { text: 'The chair opened the meeting.', author: person('chair').user.id },
      { text: ' She welcomed the members.', author: person('vice-chair').user.id },
    ]);
    expect(body.people.map((p) => p.name)).toContain('The secretariat');
  });

  it('lists the timeline newest first, edits and meeting events interleaved, paged', async () => {
    const first = await get('delegate', `/meetings/${MEETING}/history?limit=2`);
    expect(first.status).toBe(200);
    const page = (await first.json()) as {
      items: { kind: string; actor: string; sections?: string[]; type?: string }[];
      nextCursor: string | null;
      activity: { actor: string; updates: number }[];
    };
    expect(page.items.map((item) => [item.kind, item.actor, item.sections ?? item.type])).toEqual([
      ['edit', person('secretariat').user.id, ['2.2.']],
      ['edit', person('vice-chair').user.id, ['1.1.']],
    ]);
    expect(page.nextCursor).not.toBeNull();
    const rest = (await (
      await get('delegate', `/meetings/${MEETING}/history?limit=50&cursor=${page.nextCursor}`)
    ).json()) as {
      items: { kind: string; type?: string; actor: string }[];
      nextCursor: string | null;
    };
    expect(rest.items.map((item) => item.type ?? item.kind)).toEqual([
      'VersionNamed',
      'edit',
      'ParticipantInvited',
      'ParticipantInvited',
      'ParticipantInvited',
      'MeetingScheduled',
    ]);
    expect(rest.nextCursor).toBeNull();
    expect(page.activity.map((row) => row.actor).sort()).toEqual(
      [person('chair'), person('vice-chair'), person('secretariat')].map((p) => p.user.id).sort(),
    );
  });

  it('verifies the chains and the version for any participant', async () => {
    const response = await get('delegate', `/meetings/${MEETING}/verify`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      streams: [
        { ok: true, stream: `meeting-${MEETING}` },
        { ok: true, stream: `draft-${MEETING}` },
      ],
      versions: [{ versionId: version.versionId, ok: true }],
    });
    expect((await get('outsider', `/meetings/${MEETING}/verify`)).status).toBe(404);
  });

  it('refuses bad questions with problem JSON and stores nothing', async () => {
    const before = (await running.store.readAll({ limit: 10_000 })).length;
    const cases: [Seat, `/${string}`, number, string][] = [
      ['delegate', `/meetings/${MEETING}/draft?at=999`, 404, 'revision_not_found'],
      ['delegate', `/meetings/${MEETING}/draft?at=-1`, 400, 'invalid_request'],
      ['delegate', `/meetings/${MEETING}/draft?at=two`, 400, 'invalid_request'],
      ['delegate', `/meetings/${MEETING}/authors?at=999`, 404, 'revision_not_found'],
      ['delegate', `/meetings/${MEETING}/diff?from=3&to=1`, 400, 'invalid_range'],
      ['delegate', `/meetings/${MEETING}/diff?from=0&to=999`, 404, 'revision_not_found'],
      ['delegate', `/meetings/${MEETING}/diff?from=${otherVersionId}`, 404, 'version_not_found'],
      ['delegate', `/meetings/${MEETING}/diff?from=a%20b`, 400, 'invalid_request'],
      ['delegate', `/meetings/${MEETING}/diff`, 400, 'invalid_request'],
      ['delegate', `/meetings/${MEETING}/history?cursor=bm90IG91cnM`, 400, 'invalid_cursor'],
      ['delegate', `/meetings/${MEETING}/history?limit=0`, 400, 'invalid_request'],
      ['outsider', `/meetings/${MEETING}/history`, 404, 'not_found'],
      ['outsider', `/meetings/${MEETING}/diff?from=0`, 404, 'not_found'],
    ];
    for (const [seat, path, status, code] of cases) {
      const response = await get(seat, path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { code: string; detail: string };
      expect({ path, code: problem.code }).toEqual({ path, code });
      expect(problem.detail.length).toBeGreaterThan(10);
    }
    const anonymous = await fetch(`${running.url}/api/meetings/${MEETING}/history`);
    expect(anonymous.status).toBe(401);
    expect((await running.store.readAll({ limit: 10_000 })).length).toBe(before);
  });

  it('refuses content written under another person’s client id, so authorship cannot be forged', async () => {
    const chairClient = clients[0]!;
    const before = await head();
    const forger = connectClient(running.url, MEETING, { token: person('vice-chair').token });
    clients.push(forger);
    await forger.synced;
    const denied = nextClose(forger).then((close) => close.reason);
    // A copy of the draft that takes the chair's client id after loading (Yjs itself would
    // pick a new id if it saw its own id arrive): its next edit continues the chair's clock.
    const impostor = new Y.Doc();
    Y.applyUpdate(impostor, Y.encodeStateAsUpdate(forger.doc));
    impostor.clientID = chairClient.doc.clientID;
    impostor.on('update', (update: Uint8Array) => {
      Y.applyUpdate(forger.doc, update);
    });
    ((impostor.getXmlFragment(DRAFT_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(
      0,
      'FORGED ',
    );
    expect(await denied).toMatch(/client id/);
    expect(await head()).toBe(before);
  });
});
