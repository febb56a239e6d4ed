import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import type { TestPerson } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';
const PARAGRAPHS = Array.from(
  { length: 400 },
  (_, index) =>
    `${String(index + 1)} Item\n\nThe group discussed contribution C-${String(index)} at length.`,
).join('\n\n');

describe('heavy reads on an instance that allows one at a time', () => {
  let fixture: ChairedApp;
  let app: Hono;
  let chair: TestPerson;
  let versionId: string;
  beforeAll(async () => {
    fixture = await openChairedApp(MEETING);
    chair = fixture.chair;
    app = await fixture.startApp({ maxHeavyReads: 1 });
    const headers = { authorization: `Bearer ${chair.token}` };
    await app.request(`/api/meetings/${MEETING}/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/plain' },
      body: PARAGRAPHS,
    });
    const named = await app.request(`/api/meetings/${MEETING}/versions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'First reading' }),
    });
    versionId = ((await named.json()) as { versionId: string }).versionId;
  });
  afterAll(async () => {
    await fixture.close();
  });

  const get = async (path: string): Promise<Response> =>
    app.request(`/api/meetings/${MEETING}${path}`, {
      headers: { authorization: `Bearer ${chair.token}` },
    });

  it('turns away the drafts, diffs and exports asked for at once beyond it, with 503 busy and Retry-After', async () => {
    const answers = await Promise.all(
      [
        '/draft',
        '/draft?at=0',
        `/diff?from=${versionId}&to=head`,
        `/versions/${versionId}/export?format=md`,
        '/authors',
        '/draft',
      ].map(get),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const answer of refused) {
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(await answer.json()).toMatchObject({ code: 'busy' });
    }
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true);
  });

  it('serves each of them once the others are done, and light reads all along', async () => {
    for (const path of ['/draft', '/authors', `/versions/${versionId}/export?format=md`])
      expect((await get(path)).status).toBe(200);
    const [versions, draft] = await Promise.all([get('/versions'), get('/draft')]);
    expect(versions.status).toBe(200);
    expect(draft.status).toBe(200);
  });
});
