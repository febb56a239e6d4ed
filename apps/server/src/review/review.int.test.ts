import { readFileSync } from 'node:fs';
import { draftStream } from '@rapporteur/draft-log';
import { can, type Action } from '@rapporteur/domain';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingStream } from '../meetings/meeting-events.js';
import { apiAs, type ApiCaller } from '../testing/api-call.js';
import { connectClient, waitFor, type TestClient } from '../testing/collab-client.js';
import { SEATS, seatEveryone, type Seat, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-34';
const FIXTURE = readFileSync(
  new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url),
  'utf8',
);
// Paragraph 8.2.1.1 of the fixture, and a part of it found there once.
const PARAGRAPH = '8.2.1.1';
const QUOTE = 'activities that have already expired';

interface SuggestionAnswer {
  suggestionId: string;
  number: number;
  paragraph: string | null;
  author: string;
  kind: string;
  text: string;
  replacement: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  orphaned: boolean;
}

describe('the review loop over HTTP: suggestions, comments, the register', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const clients: TestClient[] = [];
  const api = (seat: Seat): ApiCaller => apiAs(running.url, people.get(seat)!.token);
  const heads = async () => ({
    meeting: (await running.store.head(meetingStream(MEETING)))?.revision,
    draft: (await running.store.head(draftStream(MEETING)))?.revision,
  });
  const suggestions = async (seat: Seat = 'chair'): Promise<SuggestionAnswer[]> => {
    const answer = await api(seat)(`GET /meetings/${MEETING}/suggestions`);
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { suggestions: SuggestionAnswer[] }).suggestions;
  };
  const propose = async (seat: Seat, body: object): Promise<string> => {
    const answer = await api(seat)(`POST /meetings/${MEETING}/suggestions`, body);
    expect(answer.status, await answer.clone().text()).toBe(201);
    return ((await answer.json()) as { suggestionId: string }).suggestionId;
  };
  /** A real y-websocket client of `seat`, once the stored draft has arrived. */
  const editorOf = async (seat: Seat): Promise<TestClient> => {
    const client = connectClient(running.url, MEETING, { token: people.get(seat)!.token });
    clients.push(client);
    await client.synced;
    return client;
  };
  const draftText = (client: TestClient) => client.doc.getXmlFragment(DRAFT_FIELD).toJSON();

  beforeEach(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await running.restart();
    const imported = await api('secretariat')(`POST /meetings/${MEETING}/import`, FIXTURE);
    expect(imported.status).toBe(201);
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running.close();
  });

  it('takes a delegate’s amendment by paragraph and quote, lists it, and the chair’s acceptance puts it in every open editor', async () => {
    const editor = await editorOf('chair');
    const suggestionId = await propose('delegate', {
      paragraph: PARAGRAPH,
      quote: QUOTE,
      replacement: 'activities whose mandate has ended',
      note: 'Clearer wording',
    });
    const [listed] = await suggestions('secretariat');
    expect(listed).toMatchObject({
      suggestionId,
      number: 1,
      paragraph: '8.2.1.1',
      author: people.get('delegate')!.user.id,
      kind: 'replacement',
      text: QUOTE,
      replacement: 'activities whose mandate has ended',
      status: 'open',
      decidedBy: null,
      orphaned: false,
    });
    // Proposing changes nothing in the text.
    expect(draftText(editor)).toContain(QUOTE);

    const accepted = await api('chair')(
      `POST /meetings/${MEETING}/suggestions/${suggestionId}/accept`,
      { reason: 'Agreed in the room' },
    );
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({
      status: 'accepted',
      decidedBy: people.get('chair')!.user.id,
      reason: 'Agreed in the room',
    });
    await waitFor(
      () => draftText(editor).includes('activities whose mandate has ended'),
      'the accepted text in the open editor',
    );
    expect(draftText(editor)).not.toContain(QUOTE);
    // Written in the delegate's name, decided by the chair: both are in the log.
    const [last] = await running.store.readStream(draftStream(MEETING), {
      direction: 'backwards',
      limit: 1,
    });
    expect(last?.metadata).toMatchObject({
      actor: people.get('delegate')!.user.id,
      acceptedBy: people.get('chair')!.user.id,
    });
    // Each step is in the history, said in words, and the log still verifies.
    const history = (await (
      await api('delegate')(`GET /meetings/${MEETING}/history?limit=50`)
    ).json()) as { items: { kind: string; summary?: string }[] };
    const said = history.items.flatMap((item) => (item.kind === 'meeting' ? [item.summary] : []));
    expect(said).toContain('accepted suggestion 1');
    expect(said).toContainEqual(expect.stringMatching(/^suggested replacing “activities that/));
    const verified = await api('delegate')(`GET /meetings/${MEETING}/verify`);
    expect(((await verified.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('proposes deletions and appends, and a rejection leaves the text as it was', async () => {
    const deletion = await propose('secretariat', {
      paragraph: '8.2.1.1.',
      quote: ' by including a new section',
      replacement: '',
    });
    const append = await propose('vice-chair', {
      paragraph: PARAGRAPH,
      quote: '',
      replacement: ' See also Annex 2.',
    });
    expect((await suggestions()).map(({ kind }) => kind)).toEqual(['deletion', 'insertion']);
    const before = await heads();
    const rejected = await api('vice-chair')(
      `POST /meetings/${MEETING}/suggestions/${deletion}/reject`,
      {},
    );
    expect(rejected.status).toBe(200);
    expect((await heads()).draft).toBe(before.draft);
    expect(
      (await api('chair')(`POST /meetings/${MEETING}/suggestions/${append}/accept`)).status,
    ).toBe(200);
    const editor = await editorOf('delegate');
    expect(draftText(editor)).toContain('linking them to previous reports. See also Annex 2.');
    expect(draftText(editor)).toContain('by including a new section');
  });

  it.each(SEATS)(
    'lets %s take exactly the review steps the permission table gives',
    async (seat) => {
      const expected = (action: Action, allowedStatus: number) =>
        seat === 'outsider' ? 404 : can(seat, action) ? allowedStatus : 403;
      const proposed = await api(seat)(`POST /meetings/${MEETING}/suggestions`, {
        paragraph: PARAGRAPH,
        quote: QUOTE,
        replacement: `words of the ${seat}`,
      });
      expect(['suggest', proposed.status]).toEqual(['suggest', expected('suggest', 201)]);
      const commented = await api(seat)(`POST /meetings/${MEETING}/comments`, {
        paragraph: PARAGRAPH,
        quote: QUOTE,
        body: `A point of the ${seat}.`,
      });
      expect(['comment', commented.status]).toEqual(['comment', expected('comment', 201)]);
      // Decided on a suggestion someone else made, so that the author's own rights play no part.
      const other = await propose('delegate', {
        paragraph: '8.3.1',
        quote: 'appreciated',
        replacement: 'welcomed',
      });
      const accepted = await api(seat)(`POST /meetings/${MEETING}/suggestions/${other}/accept`, {});
      expect(['decide-suggestion', accepted.status]).toEqual([
        'decide-suggestion',
        expected('decide-suggestion', 200),
      ]);
      const setting = await api(seat)(`PATCH /meetings/${MEETING}/settings`, {
        endorsementsRequired: 2,
      });
      expect(['change-settings', setting.status]).toEqual([
        'change-settings',
        expected('change-settings', 200),
      ]);
    },
  );

  it('answers bad input with problem JSON and stores nothing', async () => {
    const open = await propose('delegate', {
      paragraph: PARAGRAPH,
      quote: QUOTE,
      replacement: 'x',
    });
    const decided = await propose('delegate', {
      paragraph: '8.3.1',
      quote: 'appreciated',
      replacement: 'welcomed',
    });
    await api('chair')(`POST /meetings/${MEETING}/suggestions/${decided}/reject`, {});
    const cases: [Seat, string, unknown, number, string][] = [
      [
        'delegate',
        'POST /suggestions',
        { paragraph: '99.1', quote: 'a', replacement: 'b' },
        422,
        'paragraph_not_found',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: 'not in it', replacement: 'b' },
        422,
        'quote_not_found',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: 'the', replacement: 'b' },
        422,
        'quote_ambiguous',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: '', replacement: '' },
        422,
        'empty_suggestion',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: QUOTE, replacement: QUOTE },
        422,
        'empty_suggestion',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: 'eight', quote: 'a', replacement: 'b' },
        400,
        'invalid_request',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: QUOTE },
        400,
        'invalid_request',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: QUOTE, replacement: 'b', extra: 1 },
        400,
        'invalid_request',
      ],
      [
        'delegate',
        'POST /suggestions',
        { anchor: { start: '%%%', end: 'AAAA' }, replacement: 'b' },
        422,
        'anchor_malformed',
      ],
      [
        'delegate',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: QUOTE, replacement: 'b'.repeat(5001) },
        400,
        'invalid_request',
      ],
      ['delegate', `POST /suggestions/${open}/accept`, {}, 403, 'forbidden'],
      ['secretariat', `POST /suggestions/${open}/accept`, {}, 403, 'forbidden'],
      ['secretariat', `POST /suggestions/${open}/reject`, {}, 403, 'forbidden'],
      ['chair', `POST /suggestions/${decided}/accept`, {}, 409, 'illegal_state'],
      ['chair', `POST /suggestions/${decided}/reject`, {}, 409, 'illegal_state'],
      ['chair', 'POST /suggestions/no-such-id/accept', {}, 404, 'suggestion_not_found'],
      ['chair', `POST /suggestions/${open}/accept`, { reason: 7 }, 400, 'invalid_request'],
      [
        'outsider',
        'POST /suggestions',
        { paragraph: PARAGRAPH, quote: QUOTE, replacement: 'b' },
        404,
        'not_found',
      ],
      [
        'delegate',
        'POST /comments',
        { paragraph: '99', quote: 'a', body: 'b' },
        422,
        'paragraph_not_found',
      ],
      [
        'delegate',
        'POST /comments',
        { paragraph: PARAGRAPH, quote: QUOTE },
        400,
        'invalid_request',
      ],
      [
        'delegate',
        'POST /comments',
        { paragraph: PARAGRAPH, quote: QUOTE, body: '   ' },
        400,
        'validation_failed',
      ],
      ['delegate', 'POST /comments/no-such-id/replies', { body: 'b' }, 404, 'comment_not_found'],
      [
        'delegate',
        'POST /comments/no-such-id/resolve',
        { disposition: 'noted' },
        404,
        'comment_not_found',
      ],
      [
        'chair',
        'POST /comments/no-such-id/resolve',
        { disposition: 'maybe' },
        400,
        'invalid_request',
      ],
      ['chair', 'GET /register?format=pdf', undefined, 400, 'invalid_request'],
      ['vice-chair', 'PATCH /settings', { endorsementsRequired: 0 }, 403, 'forbidden'],
      ['chair', 'PATCH /settings', { endorsementsRequired: -1 }, 400, 'invalid_request'],
      ['chair', 'PATCH /settings', { endorsementsRequired: 'two' }, 400, 'invalid_request'],
    ];
    const before = await heads();
    for (const [seat, request, body, status, code] of cases) {
      const [method, path] = request.split(' ') as [string, string];
      const answer = await api(seat)(`${method as 'POST'} /meetings/${MEETING}${path}`, body);
      const problem = (await answer.json()) as { code: string; detail: string };
      expect([seat, request, answer.status, problem.code]).toEqual([seat, request, status, code]);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(problem.detail.length).toBeGreaterThan(20);
    }
    expect(await heads()).toEqual(before);
  });

  it('keeps comment threads: a delegate comments, others reply, the author or a decider resolves with a disposition, and reopens', async () => {
    const added = await api('delegate')(`POST /meetings/${MEETING}/comments`, {
      paragraph: '8.3.1',
      quote: 'new features',
      body: 'Which features? Please list them.',
    });
    expect(added.status).toBe(201);
    const { commentId } = (await added.json()) as { commentId: string };
    expect(
      (
        await api('secretariat')(`POST /meetings/${MEETING}/comments/${commentId}/replies`, {
          body: 'Remote participation and the hackathon.',
        })
      ).status,
    ).toBe(201);
    // The secretariat neither wrote it nor decides: it may not close the delegate's thread.
    const refused = await api('secretariat')(
      `POST /meetings/${MEETING}/comments/${commentId}/resolve`,
      { disposition: 'noted' },
    );
    expect(refused.status).toBe(403);
    const resolved = await api('vice-chair')(
      `POST /meetings/${MEETING}/comments/${commentId}/resolve`,
      { disposition: 'accepted', reason: 'Listed in 8.3.1' },
    );
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toMatchObject({
      status: 'resolved',
      disposition: 'accepted',
      reason: 'Listed in 8.3.1',
      replies: [{ body: 'Remote participation and the hackathon.' }],
    });
    const reopened = await api('delegate')(
      `POST /meetings/${MEETING}/comments/${commentId}/reopen`,
    );
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toMatchObject({ status: 'open', disposition: null });
    const listed = (await (await api('chair')(`GET /meetings/${MEETING}/comments`)).json()) as {
      comments: { commentId: string; paragraph: string; quote: string; orphaned: boolean }[];
    };
    expect(listed.comments).toMatchObject([
      { commentId, paragraph: '8.3.1', quote: 'new features', orphaned: false },
    ]);
  });

  it('shows a comment whose text was deleted as orphaned, with its quote kept', async () => {
    const added = await api('delegate')(`POST /meetings/${MEETING}/comments`, {
      paragraph: PARAGRAPH,
      quote: QUOTE,
      body: 'Which activities?',
    });
    const { commentId } = (await added.json()) as { commentId: string };
    const deletion = await propose('secretariat', {
      paragraph: PARAGRAPH,
      quote: QUOTE,
      replacement: '',
    });
    await api('chair')(`POST /meetings/${MEETING}/suggestions/${deletion}/accept`, {});
    const listed = (await (await api('delegate')(`GET /meetings/${MEETING}/comments`)).json()) as {
      comments: unknown[];
    };
    expect(listed.comments).toMatchObject([
      { commentId, quote: QUOTE, orphaned: true, paragraph: PARAGRAPH, status: 'open' },
    ]);
  });

  it('lists every comment and suggestion in the register as JSON, CSV and Word', async () => {
    const suggestionId = await propose('delegate', {
      paragraph: PARAGRAPH,
      quote: QUOTE,
      replacement: 'finished activities',
    });
    await api('delegate')(`POST /meetings/${MEETING}/comments`, {
      paragraph: '8.3.1',
      quote: 'new features',
      body: 'Which features?',
    });
    await api('chair')(`POST /meetings/${MEETING}/suggestions/${suggestionId}/reject`, {
      reason: 'The room kept the original',
    });
    const json = (await (await api('delegate')(`GET /meetings/${MEETING}/register`)).json()) as {
      rows: { number: number; type: string; disposition: string; reason: string | null }[];
    };
    expect(json.rows).toMatchObject([
      {
        number: 1,
        type: 'suggestion',
        disposition: 'rejected',
        reason: 'The room kept the original',
      },
      { number: 2, type: 'comment', disposition: 'open', reason: null },
    ]);
    const csv = await api('delegate')(`GET /meetings/${MEETING}/register?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const csvText = await csv.text();
    expect(csvText).toContain('The room kept the original');
    expect(csvText).toContain('Which features?');
    const docx = await api('delegate')(`GET /meetings/${MEETING}/register?format=docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await docx.arrayBuffer());
    // A Word file is a zip archive.
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
