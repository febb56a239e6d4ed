import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../testing/api-call.js';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { blockText, editUntilStored } from '../testing/draft-edits.js';
import { seatEveryone, type Seat, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-sessions';
const IMPORTED = [
  '1. Opening of the meeting',
  '1.1. The chair opened the meeting and welcomed the participants.',
  '2. Contributions',
  '2.1. Document C-0001 was presented by the secretariat.',
  '2.2. Document C-0002 was presented by the vice-chair.',
  '',
].join('\n');

interface Session {
  kind: 'session';
  fromRevision: number;
  toRevision: number;
  authors: { id: string; name: string }[];
  sections: string[];
  snippet: string;
  edits: { kind: 'edit'; actor: string }[];
}
interface Page {
  items: (Session | { kind: 'meeting'; type: string })[];
  nextCursor: string | null;
  original: { revision: number; name: string } | null;
}

describe('the history in sessions, over HTTP', () => {
  let running: TestServer;
  let now = Date.parse('2026-12-07T09:00:00.000Z');
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];
  const person = (seat: Seat) => people.get(seat)!;
  const get = (seat: Seat, path: `/${string}`) =>
    apiAs(running.url, person(seat).token)(`GET ${path}`);
  /** Writes `text` at the end of a block and waits until the log holds it. */
  const type = (client: TestClient, start: string, text: string) =>
    editUntilStored(running.store, MEETING, () => {
      const target = blockText(client, start);
      target.insert(target.length, text);
    });

  beforeAll(async () => {
    running = await startTestServer({}, { clock: () => new Date(now) });
    await seatEveryone(running, MEETING, people);
    await running.restart();
    const imported = await apiAs(running.url, person('secretariat').token)(
      `POST /meetings/${MEETING}/import`,
      IMPORTED,
    );
    expect(imported.status).toBe(201);
    const writers: TestClient[] = [];
    for (const seat of ['chair', 'vice-chair', 'secretariat'] as const) {
      const client = connectClient(running.url, MEETING, { token: person(seat).token });
      clients.push(client);
      await client.synced;
      writers.push(client);
    }
    const [chair, vice, secretariat] = writers as [TestClient, TestClient, TestClient];
    // Ten minutes of three people each typing in their own paragraph, a word every 20 seconds,
    // with a break of six minutes in the middle.
    for (let minute = 0; minute < 10; minute++) {
      if (minute === 5) now += 6 * 60_000;
      for (let third = 0; third < 3; third++) {
        await type(chair, 'The chair opened', ` chair${minute}`);
        await type(vice, 'Document C-0002', ` vice${minute}`);
        await type(secretariat, 'Document C-0001', ` sec${minute}`);
        now += 20_000;
      }
    }
    // The vice-chair then writes in the secretariat's paragraph: the secretariat's session ends.
    await type(vice, 'Document C-0001', ' Agreed.');
    await type(secretariat, 'Document C-0001', ' Noted.');
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await running.close();
  });

  it('groups ninety edits by three people into a handful of sessions, with the meeting between', async () => {
    const response = await get('delegate', `/meetings/${MEETING}/history?group=sessions&limit=100`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as Page;
    const sessions = page.items.filter((item): item is Session => item.kind === 'session');
    const summary = sessions.map(
      (s) => `${s.authors.map((a) => a.name).join()} ${s.sections.join()}`,
    );
    expect(summary).toEqual([
      'The secretariat 2.1.',
      // Moving to another paragraph does not end one's own session; its sections say so.
      'The vice-chair 2.2.,2.1.',
      'The secretariat 2.1.',
      'The chair 1.1.',
      'The secretariat 2.1.',
      'The vice-chair 2.2.',
      'The chair 1.1.',
      'The secretariat 1.,1.1.,2.,2.1.,2.2.',
    ]);
    const [noted, lateVice, lateSecretariat, lateChair, , , earlyChair, imported] = sessions;
    expect(noted?.snippet).toBe('Noted.');
    expect(lateVice?.snippet).toMatch(/^vice5 vice5 vice5 .* vice9 Agreed\.$/);
    expect(lateSecretariat?.snippet).toBe(
      'sec5 sec5 sec5 sec6 sec6 sec6 sec7 sec7 sec7 sec8 sec8 sec8 sec9 sec9 sec9',
    );
    expect(lateChair?.edits.length).toBeGreaterThan(1);
    expect(lateChair?.edits.every((edit) => edit.actor === person('chair').user.id)).toBe(true);
    expect(earlyChair!.toRevision).toBeGreaterThan(earlyChair!.fromRevision);
    expect(imported?.fromRevision).toBe(0);
    expect(imported?.snippet).toContain('Opening of the meeting');
    expect(page.original).toMatchObject({ revision: 0, name: 'The secretariat' });
    expect(page.items.filter((item) => item.kind === 'meeting').length).toBeGreaterThan(0);
  });

  it('pages the sessions with a cursor, each once', async () => {
    const all = (await (
      await get('delegate', `/meetings/${MEETING}/history?group=sessions&limit=100`)
    ).json()) as Page;
    const paged: Page['items'] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query: string = cursor === '' ? '' : `&cursor=${cursor}`;
      const next = (await (
        await get('delegate', `/meetings/${MEETING}/history?group=sessions&limit=3${query}`)
      ).json()) as Page;
      expect(next.items.length).toBeLessThanOrEqual(3);
      paged.push(...next.items);
      cursor = next.nextCursor;
    }
    expect(paged).toEqual(all.items);
  });

  it('refuses a grouping it does not know, a cursor it did not give, and outsiders', async () => {
    const before = (await running.store.readAll({ limit: 10_000 })).length;
    const cases: [Seat, `/${string}`, number, string][] = [
      ['delegate', `/meetings/${MEETING}/history?group=keystrokes`, 400, 'invalid_request'],
      ['delegate', `/meetings/${MEETING}/history?group=`, 400, 'invalid_request'],
      [
        'delegate',
        `/meetings/${MEETING}/history?group=sessions&cursor=bm90IG91cnM`,
        400,
        'invalid_cursor',
      ],
      ['delegate', `/meetings/${MEETING}/history?group=sessions&limit=101`, 400, 'invalid_request'],
      ['outsider', `/meetings/${MEETING}/history?group=sessions`, 404, 'not_found'],
    ];
    for (const [seat, path, status, code] of cases) {
      const response = await get(seat, path);
      const problem = (await response.json()) as { code: string; detail: string };
      expect({ path, status: response.status, code: problem.code }).toEqual({ path, status, code });
      expect(problem.detail).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    }
    const wrong = (await (
      await get('delegate', `/meetings/${MEETING}/history?group=keystrokes`)
    ).json()) as { detail: string };
    expect(wrong.detail).toContain('give "sessions"');
    expect((await running.store.readAll({ limit: 10_000 })).length).toBe(before);
  });
});
