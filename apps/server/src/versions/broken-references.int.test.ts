import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingStream } from '../meetings/meeting-events.js';
import { connectClient, waitFor } from '../testing/collab-client.js';
import { type Seat, seatEveryone, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-36';
const SOURCE = '1. Opening\n\n2. Agenda\n\n3. Close: as agreed in section 2 above.\n';

describe('the check before approval: references to deleted paragraphs (decision 48)', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  const token = (seat: Seat) => people.get(seat)!.token;
  const post = (seat: Seat, path: string, body?: unknown) =>
    fetch(`${running.url}/api/meetings/${MEETING}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token(seat)}`,
        'content-type': body === undefined ? 'application/json' : 'text/markdown',
      },
      ...(body === undefined ? {} : { body: body as string }),
    });

  beforeEach(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await running.restart();
  });
  afterEach(() => running.close());

  it('refuses to approve while a reference points at a deleted section, and changes nothing', async () => {
    expect((await post('secretariat', '/import', SOURCE)).status).toBe(201);
    // The secretariat deletes section 2, which section 3 refers to, in the shared editor.
    const editor = connectClient(running.url, MEETING, { token: token('secretariat') });
    await editor.synced;
    const fragment = editor.doc.getXmlFragment(DRAFT_FIELD);
    const before = (await running.store.head(`draft-${MEETING}`))?.revision ?? -1;
    fragment.delete(1, 1);
    await waitFor(() => fragment.length === 2, 'the deletion to apply');
    const stored = async () =>
      ((await running.store.head(`draft-${MEETING}`))?.revision ?? -1) > before;
    for (let i = 0; i < 200 && !(await stored()); i += 1)
      await new Promise((r) => setTimeout(r, 25));
    expect(await stored()).toBe(true);
    editor.destroy();

    const named = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}/versions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token('secretariat')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'Final' }),
      })
    ).json()) as { versionId: string };
    expect((await post('secretariat', `/versions/${named.versionId}/submit`)).status).toBe(200);
    expect((await post('vice-chair', `/versions/${named.versionId}/endorse`)).status).toBe(200);
    const meetingHead = await running.store.head(meetingStream(MEETING));

    // Whoever may not approve hears that first.
    const byDelegate = await post('delegate', `/versions/${named.versionId}/approve`);
    expect(((await byDelegate.json()) as { code: string }).code).not.toBe('broken_references');

    const refused = await post('chair', `/versions/${named.versionId}/approve`);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('broken_references');
    expect(problem.detail).toBe(
      'A cross-reference points at a paragraph that was deleted: in 2. ("Close: as agreed in section 2 above."). ' +
        'Request changes, then remove each one or insert it again from the outline, before approving.',
    );
    expect(await running.store.head(meetingStream(MEETING))).toEqual(meetingHead);
    const versions = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}/versions`, {
        headers: { authorization: `Bearer ${token('chair')}` },
      })
    ).json()) as { status: string }[];
    expect(versions.map((version) => version.status)).toEqual(['endorsed']);
  });

  it('approves once the draft has no broken reference', async () => {
    expect((await post('secretariat', '/import', SOURCE)).status).toBe(201);
    const named = (await (
      await fetch(`${running.url}/api/meetings/${MEETING}/versions`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token('secretariat')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ name: 'Final' }),
      })
    ).json()) as { versionId: string };
    expect((await post('secretariat', `/versions/${named.versionId}/submit`)).status).toBe(200);
    expect((await post('vice-chair', `/versions/${named.versionId}/endorse`)).status).toBe(200);
    expect((await post('chair', `/versions/${named.versionId}/approve`)).status).toBe(200);
  });
});
