import { DRAFT_UPDATED, draftStream, serverConnectionId } from '@rapporteur/draft-log';
import { importDocument } from '@rapporteur/editor-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentAsUpdate } from '../drafts/draft-update.js';
import { apiAs } from '../testing/api-call.js';
import { connectClient } from '../testing/collab-client.js';
import {
  meetingWith,
  seatEveryone,
  type Seat,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const TEXT = [
  '1. Opening of the meeting',
  '1.1. The chair opened the meeting and welcomed the participants from the regions.',
  '2. Contributions',
  '2.1. Document C-0001 was presented by the secretariat and discussed at length.',
  '',
].join('\n');

interface Page {
  readonly original: { readonly revision: number; readonly name: string } | null;
}

// "The imported original" is the draft's first update when its origin says it was an import;
// its size decides only for drafts begun before origins were recorded.
describe('the imported original of a draft', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const person = (seat: Seat) => people.get(seat)!;
  const call = (seat: Seat) => apiAs(running.url, person(seat).token);
  const original = async (meetingId: string) => {
    const response = await call('delegate')(`GET /meetings/${meetingId}/history?group=sessions`);
    expect(response.status).toBe(200);
    return ((await response.json()) as Page).original;
  };
  const meeting = (meetingId: string) =>
    meetingWith(running.store, meetingId, {
      chair: person('chair').user,
      others: (['vice-chair', 'secretariat', 'delegate'] as const).map((role) => ({
        user: person(role).user,
        role,
      })),
    });

  beforeAll(async () => {
    running = await startTestServer();
    await seatEveryone(running, 'imported', people);
  });

  afterAll(async () => {
    await running.close();
  });

  it('is the import, recorded as one', async () => {
    expect((await call('secretariat')('POST /meetings/imported/import', TEXT)).status).toBe(201);
    const [event] = await running.store.readStream(draftStream('imported'));
    expect(event?.metadata).toMatchObject({ origin: 'import' });
    expect(await original('imported')).toEqual(
      expect.objectContaining({ revision: 0, name: 'The secretariat' }),
    );
  });

  it('is not a whole document an editor pasted into an empty draft', async () => {
    await meeting('pasted');
    const client = connectClient(running.url, 'pasted', { token: person('secretariat').token });
    try {
      await client.synced;
      Y.applyUpdate(client.doc, documentAsUpdate(importDocument(TEXT).doc));
      const deadline = Date.now() + 10_000;
      while ((await running.store.head(draftStream('pasted'))) === undefined) {
        if (Date.now() > deadline) throw new Error('The paste was never stored.');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      client.destroy();
    }
    const [event] = await running.store.readStream(draftStream('pasted'));
    expect(event?.metadata['origin']).toBeUndefined();
    expect(await original('pasted')).toBeNull();
  });

  it('is guessed from its size for a draft imported before origins were recorded', async () => {
    await meeting('older');
    const secretariat = person('secretariat').user;
    await running.store.append(
      draftStream('older'),
      [
        {
          type: DRAFT_UPDATED,
          payload: documentAsUpdate(importDocument(TEXT).doc),
          metadata: {
            actor: secretariat.id,
            name: secretariat.name,
            role: 'secretariat',
            connection: serverConnectionId(secretariat.id),
            clients: [],
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    expect(await original('older')).toEqual(
      expect.objectContaining({ revision: 0, name: 'The secretariat' }),
    );
  });
});
