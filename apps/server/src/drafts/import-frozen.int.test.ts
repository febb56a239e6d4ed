import { draftStream } from '@rapporteur/draft-log';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import { createPerson, type TestPerson } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';

describe('importing into a frozen draft', () => {
  let fixture: ChairedApp;
  let app: Hono;
  let vice: TestPerson;

  beforeEach(async () => {
    fixture = await openChairedApp(MEETING);
    app = await fixture.startApp();
    vice = await createPerson(fixture.accounts, { email: 'vice@itu.example', name: 'Vice' });
  });
  afterEach(() => fixture.close());

  const call = (who: TestPerson, path: string, body?: unknown) =>
    app.request(`/api/meetings/${MEETING}${path}`, {
      method: 'POST',
      // A step without a comment is a POST with no body, and so no content type.
      headers: {
        authorization: `Bearer ${who.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const importText = () =>
    app.request(`/api/meetings/${MEETING}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.chair.token}`, 'content-type': 'text/plain' },
      body: '1 Opening\n\nThe chair opened the meeting.',
    });

  it('is refused as the domain says, 423 draft_frozen like the sealed stream, and stores nothing', async () => {
    const chair = fixture.chair;
    expect(
      (await call(chair, '/participants', { email: 'vice@itu.example', role: 'vice-chair' }))
        .status,
    ).toBe(202);
    expect((await importText()).status).toBe(201);
    const { versionId } = (await (await call(chair, '/versions', { name: 'Final' })).json()) as {
      versionId: string;
    };
    for (const [who, step] of [
      [chair, 'submit'],
      [vice, 'endorse'],
      [chair, 'approve'],
      [chair, 'freeze'],
    ] as const)
      expect((await call(who, `/versions/${versionId}/${step}`)).status).toBe(200);
    const head = await fixture.store.head(draftStream(MEETING));

    const refused = await importText();
    expect(refused.status).toBe(423);
    expect(await refused.json()).toMatchObject({
      code: 'draft_frozen',
      detail: 'The draft is frozen: nobody edits it until the chair reopens it.',
    });
    expect(await fixture.store.head(draftStream(MEETING))).toEqual(head);
  });
});
