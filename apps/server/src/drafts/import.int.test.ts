import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFT_UPDATED, draftStream } from '@rapporteur/collab';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { createEventStore, type EventStore } from '@rapporteur/event-store';
import { rapporteurSchema } from '@rapporteur/editor-schema';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_MEETING_ID, seedDemoMeeting } from '../demo/seed-demo-meeting.js';
import { Accounts } from '../accounts/accounts.js';
import { openAccountsDatabase, type AccountsDatabase } from '../accounts/accounts-database.js';
import { MeetingDirectory } from '../meetings/meeting-directory.js';
import { startServer, type RunningServer } from '../server.js';
import { connectClient, waitFor } from '../testing/collab-client.js';

interface Block {
  type: string;
  attrs?: Record<string, unknown>;
}

async function storedDocument(store: EventStore, meetingId: string): Promise<{ content?: Block[] }> {
  const doc = new Y.Doc();
  for (const event of await store.readStream(draftStream(meetingId))) {
    if (event.type === DRAFT_UPDATED && event.payload !== null) Y.applyUpdate(doc, event.payload);
  }
  const json = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DRAFT_FIELD), rapporteurSchema()).toJSON() as { content?: Block[] };
  doc.destroy();
  return json;
}

describe('the demo meeting and the importer', () => {
  let folder: string;
  let store: EventStore;
  let accountsDb: AccountsDatabase;
  let server: RunningServer;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rapporteur-import-'));
    store = await createEventStore({ url: `sqlite:${join(folder, 'db.sqlite')}` });
    accountsDb = await openAccountsDatabase(`sqlite:${join(folder, 'db.sqlite')}`);
    server = await startServer({ store, accounts: new Accounts(accountsDb), port: 0, log: () => undefined });
  });
  afterEach(async () => {
    await server.close();
    await store.close();
    await accountsDb.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates the demo meeting once, with the fixture as numbered structure', async () => {
    expect(await seedDemoMeeting(store)).toBe(true);
    expect(await seedDemoMeeting(store)).toBe(false);
    const blocks = (await storedDocument(store, DEMO_MEETING_ID)).content ?? [];
    expect(blocks[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    const numbered = blocks.filter((block) => block.type === 'numberedParagraph');
    expect(numbered).toHaveLength(77);
    expect(numbered.filter((block) => block.attrs?.['level'] === 1)).toHaveLength(11);
    const meeting: unknown = await (await fetch(`${server.url}/api/meetings/demo`)).json();
    expect(meeting).toMatchObject({ id: 'demo', symbol: 'CWG-WSIS&SDG-34', date: '2019-09-25' });
  });

  describe('POST /api/meetings/:id/import', () => {
    const importInto = (meetingId: string, body: BodyInit, contentType = 'text/markdown') =>
      fetch(`${server.url}/api/meetings/${meetingId}/import`, { method: 'POST', body, headers: { 'content-type': contentType } });

    beforeEach(async () => {
      await new MeetingDirectory(store).schedule('cwg-35', { title: 'CWG-WSIS&SDG 35', symbol: 'CWG-WSIS&SDG-35', date: '2020-02-03' });
    });

    it('fills an empty draft and open editors see it at once', async () => {
      const editor = connectClient(server.url, 'cwg-35');
      await editor.synced;
      const response = await importInto('cwg-35', '# Summary of the 35th meeting\n\n1. Opening\n\n1.1. The chair **opened** the meeting.\n');
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ revision: 0, title: 'Summary of the 35th meeting', warnings: [] });
      const fragment = editor.doc.getXmlFragment(DRAFT_FIELD);
      await waitFor(() => fragment.length > 0, 'the imported draft to reach the open editor');
      const blocks = (await storedDocument(store, 'cwg-35')).content ?? [];
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
      expect(await store.readStream(draftStream('cwg-35'))).toHaveLength(1);
    });

    it.each([
      { what: 'an unknown meeting', meetingId: 'nobody', body: 'Text', contentType: 'text/plain', status: 404, code: 'meeting_not_found' },
      { what: 'a format it cannot read', meetingId: 'cwg-35', body: 'Text', contentType: 'application/pdf', status: 415, code: 'unsupported_format' },
      { what: 'a blank document', meetingId: 'cwg-35', body: '  \n\n ', contentType: 'text/plain', status: 422, code: 'empty_document' },
      { what: 'bytes that are not UTF-8', meetingId: 'cwg-35', body: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), contentType: 'text/plain', status: 422, code: 'not_text' },
      { what: 'a document over the size limit', meetingId: 'cwg-35', body: 'x'.repeat(3 * 1024 * 1024), contentType: 'text/plain', status: 413, code: 'too_large' },
    ])('refuses $what with a clear problem and stores nothing', async ({ meetingId, body, contentType, status, code }) => {
      const response = await importInto(meetingId, body as BodyInit, contentType);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe(code);
      expect(problem.detail.length).toBeGreaterThan(20);
      expect(await store.readStream(draftStream('cwg-35'))).toEqual([]);
    });
  });
});
