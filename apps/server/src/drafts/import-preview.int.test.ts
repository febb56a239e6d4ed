import { readFileSync } from 'node:fs';
import { draftStream } from '@rapporteur/draft-log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHAIR_ACCOUNT,
  createPerson,
  meetingWith,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const FIXTURE = new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);

interface Preview {
  title: string;
  outline: { number: string; level: number; text: string }[];
  paragraphs: number;
  warnings: string[];
}

describe('POST /api/meetings/:id/import/preview', () => {
  let running: TestServer;
  let chair: TestPerson;
  let delegate: TestPerson;
  let outsider: TestPerson;
  beforeEach(async () => {
    running = await startTestServer();
    chair = await createPerson(running.accounts, CHAIR_ACCOUNT);
    delegate = await createPerson(running.accounts, {
      email: 'delegate@itu.example',
      name: 'Vincent Museminali',
    });
    outsider = await createPerson(running.accounts, {
      email: 'outsider@example.org',
      name: 'Olga Outsider',
    });
    await meetingWith(running.store, 'cwg-35', {
      chair: chair.user,
      others: [{ user: delegate.user, role: 'delegate' }],
    });
    await running.restart();
  });
  afterEach(() => running.close());

  const preview = (
    body: BodyInit,
    options: { contentType?: string; token?: string; meetingId?: string } = {},
  ) =>
    fetch(`${running.url}/api/meetings/${options.meetingId ?? 'cwg-35'}/import/preview`, {
      method: 'POST',
      body,
      headers: {
        'content-type': options.contentType ?? 'text/markdown',
        authorization: `Bearer ${options.token ?? chair.token}`,
      },
    });

  it("outlines the fixture with the draft's numbers and stores nothing", async () => {
    const response = await preview(readFileSync(FIXTURE, 'utf8'), { contentType: 'text/plain' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Preview;
    expect(body.title).toMatch(/34th meeting/i);
    expect(body.paragraphs).toBe(77);
    expect(body.outline).toHaveLength(77);
    expect(body.outline.filter((entry) => entry.level === 1)).toHaveLength(11);
    const deepest = body.outline.find((entry) => entry.number === '8.2.1.1');
    expect(deepest?.level).toBe(4);
    expect(deepest?.text.length).toBeGreaterThan(10);
    expect(body.outline.every((entry) => entry.text.length <= 81)).toBe(true);
    expect(await running.store.readStream(draftStream('cwg-35'))).toEqual([]);
  });

  it('reads Markdown with its title and numbers, and gives the importer its warnings', async () => {
    const response = await preview(
      '# Summary of the 35th meeting\n\n1. Opening\n\n1.1. The chair opened the meeting.\n\n3. Skipped a number\n',
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Preview;
    expect(body).toMatchObject({
      title: 'Summary of the 35th meeting',
      paragraphs: 3,
      outline: [
        { number: '1', level: 1, text: 'Opening' },
        { number: '1.1', level: 2, text: 'The chair opened the meeting.' },
        { number: '2', level: 1, text: 'Skipped a number' },
      ],
    });
    expect(body.warnings.join(' ')).toMatch(/line 7/i);
  });

  it('answers for a draft that has content too: the import, not the preview, refuses it', async () => {
    const imported = await fetch(`${running.url}/api/meetings/cwg-35/import`, {
      method: 'POST',
      body: 'First',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${chair.token}` },
    });
    expect(imported.status).toBe(201);
    expect((await preview('1. Second', { contentType: 'text/plain' })).status).toBe(200);
    expect(await running.store.readStream(draftStream('cwg-35'))).toHaveLength(1);
  });

  it.each([
    { what: 'an unknown meeting', meetingId: 'nobody', status: 404, code: 'not_found' },
    { what: 'a delegate', as: 'delegate', status: 403, code: 'forbidden' },
    { what: 'someone not in the meeting', as: 'outsider', status: 404, code: 'not_found' },
    { what: 'no credentials', as: 'nobody', status: 401, code: 'unauthenticated' },
    {
      what: 'a format it cannot read',
      contentType: 'application/pdf',
      status: 415,
      code: 'unsupported_format',
    },
    {
      what: 'JSON posing as a document',
      body: '{"title":"x"}',
      contentType: 'application/json',
      status: 415,
      code: 'unsupported_format',
    },
    {
      what: 'a blank document',
      body: '  \n\n ',
      contentType: 'text/plain',
      status: 422,
      code: 'empty_document',
    },
    {
      what: 'bytes that are not UTF-8',
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      contentType: 'text/plain',
      status: 422,
      code: 'not_text',
    },
    {
      what: 'a document over the size limit',
      body: 'x'.repeat(3 * 1024 * 1024),
      contentType: 'text/plain',
      status: 413,
      code: 'too_large',
    },
  ])(
    'refuses $what with a clear problem and stores nothing',
    async ({ meetingId, body, contentType, as, status, code }) => {
      const tokens: Record<string, string> = {
        delegate: delegate.token,
        outsider: outsider.token,
        nobody: 'rap_not-a-token',
      };
      const response = await preview((body ?? 'Text') as BodyInit, {
        ...(contentType === undefined ? {} : { contentType }),
        ...(meetingId === undefined ? {} : { meetingId }),
        token: as === undefined ? chair.token : tokens[as],
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe(code);
      expect(problem.detail.length).toBeGreaterThan(20);
      expect(problem.detail).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(await running.store.readStream(draftStream('cwg-35'))).toEqual([]);
    },
  );
});
