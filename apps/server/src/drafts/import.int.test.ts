import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, rapporteurSchema } from '@rapporteur/editor-schema';
import type { EventStore } from '@rapporteur/event-store';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_MEETING_ID, DEMO_PEOPLE, seedDemoMeeting } from '../demo/seed-demo-meeting.js';
import { connectClient, waitFor } from '../testing/collab-client.js';
import {
  CHAIR_ACCOUNT,
  createPerson,
  meetingWith,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface Block {
  type: string;
  attrs?: Record<string, unknown>;
}

async function storedDocument(
  store: EventStore,
  meetingId: string,
): Promise<{ content?: Block[] }> {
  const doc = new Y.Doc();
  for (const event of await store.readStream(draftStream(meetingId))) {
    if (event.type === DRAFT_UPDATED && event.payload !== null) Y.applyUpdate(doc, event.payload);
  }
  const json = yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(DRAFT_FIELD),
    rapporteurSchema(),
  ).toJSON() as { content?: Block[] };
  doc.destroy();
  return json;
}

describe('the demo meeting', () => {
  let running: TestServer;
  beforeEach(async () => {
    running = await startTestServer();
  });
  afterEach(() => running.close());

  it('is created once, with an account per role and the fixture as numbered structure', async () => {
    const accounts = await seedDemoMeeting(running.store, running.accounts);
    expect(accounts?.map((account) => account.role)).toEqual([
      'chair',
      'vice-chair',
      'secretariat',
      'delegate',
    ]);
    expect(await seedDemoMeeting(running.store, running.accounts)).toBeUndefined();
    const blocks = (await storedDocument(running.store, DEMO_MEETING_ID)).content ?? [];
    expect(blocks[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    const numbered = blocks.filter((block) => block.type === 'numberedParagraph');
    expect(numbered).toHaveLength(77);
    expect(numbered.filter((block) => block.attrs?.['level'] === 1)).toHaveLength(11);
    // The printed password opens the account; the account is labelled as a demo account.
    const chair = accounts?.[0];
    expect(await running.accounts.verify(chair!.email, chair!.password!)).toMatchObject({
      name: DEMO_PEOPLE[0]!.name,
    });
    expect(DEMO_PEOPLE.every((person) => person.name.startsWith('Demo '))).toBe(true);
    expect(await running.accounts.countAdmins()).toBe(0);
  });

  it('is created once when two instances seed at the same moment, and no unset password is shown', async () => {
    const seeded = await Promise.all([
      seedDemoMeeting(running.store, running.accounts),
      seedDemoMeeting(running.store, running.accounts),
    ]);
    expect(seeded.filter((accounts) => accounts !== undefined)).toHaveLength(1);
    const shown = seeded.flatMap((accounts) => accounts ?? []);
    for (const account of shown) {
      if (account.password === undefined) continue;
      expect(await running.accounts.verify(account.email, account.password)).toBeDefined();
    }
    const created = (await running.store.readStream(draftStream(DEMO_MEETING_ID))).length;
    expect(created).toBe(1);
  });
});

describe('POST /api/meetings/:id/import', () => {
  let running: TestServer;
  let chair: TestPerson;
  let delegate: TestPerson;
  beforeEach(async () => {
    running = await startTestServer();
    chair = await createPerson(running.accounts, CHAIR_ACCOUNT);
    delegate = await createPerson(running.accounts, {
      email: 'delegate@itu.example',
      name: 'Vincent Museminali',
    });
    await meetingWith(running.store, 'cwg-35', {
      chair: chair.user,
      others: [{ user: delegate.user, role: 'delegate' }],
    });
    await running.restart();
  });
  afterEach(() => running.close());

  const importInto = (
    meetingId: string,
    body: BodyInit,
    options: { contentType?: string; token?: string } = {},
  ) =>
    fetch(`${running.url}/api/meetings/${meetingId}/import`, {
      method: 'POST',
      body,
      headers: {
        'content-type': options.contentType ?? 'text/markdown',
        authorization: `Bearer ${options.token ?? chair.token}`,
      },
    });

  it('fills an empty draft and open editors see it at once', async () => {
    const editor = connectClient(running.url, 'cwg-35', { token: chair.token });
    await editor.synced;
    const response = await importInto(
      'cwg-35',
      '# Summary of the 35th meeting\n\n1. Opening\n\n1.1. The chair **opened** the meeting.\n',
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      revision: 0,
      title: 'Summary of the 35th meeting',
      warnings: [],
    });
    const fragment = editor.doc.getXmlFragment(DRAFT_FIELD);
    await waitFor(() => fragment.length > 0, 'the imported draft to reach the open editor');
    const blocks = (await storedDocument(running.store, 'cwg-35')).content ?? [];
    expect(blocks.map((block) => [block.type, block.attrs?.['level']])).toEqual([
      ['heading', 1],
      ['numberedParagraph', 1],
      ['numberedParagraph', 2],
    ]);
    editor.destroy();
  });

  it('refuses to import over a draft that has content', async () => {
    expect((await importInto('cwg-35', 'First')).status).toBe(201);
    const second = await importInto('cwg-35', 'Second');
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ code: 'draft_not_empty' });
    expect(await running.store.readStream(draftStream('cwg-35'))).toHaveLength(1);
  });

  it.each([
    {
      what: 'an unknown meeting',
      meetingId: 'nobody',
      body: 'Text',
      status: 404,
      code: 'not_found',
    },
    {
      what: 'a delegate',
      meetingId: 'cwg-35',
      body: 'Text',
      as: 'delegate',
      status: 403,
      code: 'forbidden',
    },
    {
      what: 'no credentials',
      meetingId: 'cwg-35',
      body: 'Text',
      as: 'nobody',
      status: 401,
      code: 'unauthenticated',
    },
    {
      what: 'a format it cannot read',
      meetingId: 'cwg-35',
      body: 'Text',
      contentType: 'application/pdf',
      status: 415,
      code: 'unsupported_format',
    },
    {
      what: 'a blank document',
      meetingId: 'cwg-35',
      body: '  \n\n ',
      contentType: 'text/plain',
      status: 422,
      code: 'empty_document',
    },
    {
      what: 'bytes that are not UTF-8',
      meetingId: 'cwg-35',
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      contentType: 'text/plain',
      status: 422,
      code: 'not_text',
    },
    {
      what: 'a document over the size limit',
      meetingId: 'cwg-35',
      body: 'x'.repeat(3 * 1024 * 1024),
      contentType: 'text/plain',
      status: 413,
      code: 'too_large',
    },
  ])(
    'refuses $what with a clear problem and stores nothing',
    async ({ meetingId, body, contentType, as, status, code }) => {
      const token =
        as === 'delegate' ? delegate.token : as === 'nobody' ? 'rap_not-a-token' : chair.token;
      const response = await importInto(meetingId, body as BodyInit, {
        ...(contentType === undefined ? {} : { contentType }),
        token,
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe(code);
      expect(problem.detail.length).toBeGreaterThan(20);
      expect(await running.store.readStream(draftStream('cwg-35'))).toEqual([]);
    },
  );
});
