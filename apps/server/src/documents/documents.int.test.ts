import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingStream } from '../meetings/meeting-events.js';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';
import { createPerson, type TestPerson } from '../testing/meeting-fixtures.js';

const MEETING = 'cwg-34';
const c0019 = {
  symbol: 'S19-CWGWSIS34-C-0019',
  title: 'United Nations High-level Panel on Digital Cooperation',
  source: 'Saudi Arabia',
};

describe('the register of documents over HTTP', () => {
  let fixture: ChairedApp;
  let app: Hono;
  let people: Record<'chair' | 'delegate' | 'outsider', TestPerson>;

  const call = (who: TestPerson, [method, path]: [string, string], body?: unknown) =>
    app.request(`/api/meetings/${MEETING}/documents${path}`, {
      method,
      headers: {
        authorization: `Bearer ${who.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const logLength = async () =>
    (await fixture.store.readStream(meetingStream(MEETING), { limit: 1000 })).length;

  beforeEach(async () => {
    fixture = await openChairedApp(MEETING);
    app = await fixture.startApp();
    const delegate = await createPerson(fixture.accounts, { email: 'd@itu.example', name: 'Dee' });
    const outsider = await createPerson(fixture.accounts, { email: 'o@itu.example', name: 'Out' });
    people = { chair: fixture.chair, delegate, outsider };
    const invited = await app.request(`/api/meetings/${MEETING}/participants`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${fixture.chair.token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'd@itu.example', role: 'delegate' }),
    });
    expect(invited.status).toBe(202);
  });
  afterEach(() => fixture.close());

  it('adds, lists and corrects a document, each with its link to the ITU document store', async () => {
    const added = await call(people.chair, ['POST', ''], { ...c0019, title: 'Draft', revision: 1 });
    expect(added.status).toBe(201);
    const document = (await added.json()) as { documentId: string };
    expect(document).toMatchObject({
      symbol: c0019.symbol,
      label: 'S19-CWGWSIS34-C-0019 Rev.1',
      href: 'https://www.itu.int/md/S19-CWGWSIS34-C-0019/en',
    });
    const edited = await call(people.chair, ['PATCH', `/${document.documentId}`], {
      title: c0019.title,
      revision: 0,
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ ...c0019, label: c0019.symbol });
    const listed = await call(people.delegate, ['GET', '']);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('etag')).toMatch(/^"\d+"$/);
    expect(await listed.json()).toEqual([expect.objectContaining({ ...c0019, revision: 0 })]);
  });

  it("follows the meeting's link template, which only the chair sets", async () => {
    await call(people.chair, ['POST', ''], c0019);
    const settings = (who: TestPerson, linkTemplate: string) =>
      app.request(`/api/meetings/${MEETING}/document-settings`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${who.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ linkTemplate }),
      });
    expect((await settings(people.delegate, 'https://x.example/{symbol}')).status).toBe(403);
    const refused = await settings(people.chair, 'javascript:alert({symbol})');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'validation_failed' });
    expect((await settings(people.chair, 'https://docs.example.org/{label}')).status).toBe(200);
    const [listed] = (await (await call(people.chair, ['GET', ''])).json()) as { href: string }[];
    expect(listed?.href).toBe('https://docs.example.org/S19-CWGWSIS34-C-0019');
  });

  it('refuses], changing nothing: a delegate, an outsider, bad input, a clash, an unknown id', async () => {
    const first = (await (await call(people.chair, ['POST', ''], c0019)).json()) as {
      documentId: string;
    };
    const before = await logLength();
    const refusals: [TestPerson, string, string, unknown, number, string][] = [
      [people.delegate, 'POST', '', { ...c0019, symbol: 'S19-CWGWSIS34-C-0001' }, 403, 'forbidden'],
      [people.outsider, 'POST', '', c0019, 404, 'not_found'],
      [people.outsider, 'GET', '', undefined, 404, 'not_found'],
      [people.chair, 'POST', '', { ...c0019, symbol: '<script>' }, 400, 'validation_failed'],
      [people.chair, 'POST', '', { ...c0019, extra: 1 }, 400, ''],
      [people.chair, 'POST', '', '{"symbol":', 400, ''],
      [people.chair, 'POST', '', c0019, 409, ''],
      [people.delegate, 'PATCH', `/${first.documentId}`, { title: 'Mine' }, 403, 'forbidden'],
      [people.chair, 'PATCH', `/${first.documentId}`, {}, 400, ''],
      [people.chair, 'PATCH', `/${first.documentId}`, { revision: -1 }, 400, ''],
      [people.chair, 'PATCH', '/no-such-document', { title: 'x' }, 404, 'not_found'],
    ];
    for (const [who, method, path, body, status, code] of refusals) {
      const response = await call(who, [method, path], body);
      expect([method, path, JSON.stringify(body), response.status]).toEqual([
        method,
        path,
        JSON.stringify(body),
        status,
      ]);
      const problem = (await response.json()) as { code: string; detail: string };
      if (code !== '') expect(problem.code).toBe(code);
      expect(problem.detail.length).toBeGreaterThan(10);
    }
    expect(await logLength()).toBe(before);
  });
});
