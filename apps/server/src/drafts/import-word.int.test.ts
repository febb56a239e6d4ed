import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, rapporteurSchema } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  CHAIR_ACCOUNT,
  createPerson,
  meetingWith,
  type TestPerson,
} from '../testing/meeting-fixtures.js';
import { storedDraftDoc } from '../testing/stored-draft.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { wordNumberedSummary, zipBomb } from '../testing/word-files.js';
import { DOCX_TYPE } from './import-source.js';

interface Block {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Block[];
  text?: string;
}

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));

/** The fixture as LibreOffice saves it as .docx, one paragraph per line. */
function fixtureAsDocx(): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'rapporteur-docx-'));
  try {
    writeFileSync(join(dir, 'summary.txt'), readSummaryFixture());
    execFileSync(
      SOFFICE!,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=Text (encoded):UTF8,,,',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir,
        join(dir, 'summary.txt'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'summary.docx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('POST /api/meetings/:id/import with a Word file', () => {
  let running: TestServer;
  let chair: TestPerson;
  beforeEach(async () => {
    running = await startTestServer();
    chair = await createPerson(running.accounts, CHAIR_ACCOUNT);
    await meetingWith(running.store, 'cwg-35', { chair: chair.user, others: [] });
    await running.restart();
  });
  afterEach(() => running.close());

  const importInto = (body: Uint8Array | ReadableStream<Uint8Array>, contentType = DOCX_TYPE) =>
    fetch(`${running.url}/api/meetings/cwg-35/import`, {
      method: 'POST',
      body: body as BodyInit,
      headers: { 'content-type': contentType, authorization: `Bearer ${chair.token}` },
      // A body given as a stream must say so to fetch.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    });

  async function storedBlocks(): Promise<Block[]> {
    const doc = await storedDraftDoc(running.store, 'cwg-35');
    const json = yXmlFragmentToProseMirrorRootNode(
      doc.getXmlFragment(DRAFT_FIELD),
      rapporteurSchema(),
    ).toJSON() as { content?: Block[] };
    doc.destroy();
    return json.content ?? [];
  }

  it.skipIf(SOFFICE === undefined)(
    'imports a DOCX made by LibreOffice from the fixture with the same 77 numbers and without its footer line',
    async () => {
      const response = await importInto(fixtureAsDocx());
      expect(response.status).toBe(201);
      const body = (await response.json()) as { title: string; warnings: string[] };
      expect(body.title).toBe('SUMMARY OF THE 34th MEETING');
      expect(body.warnings).toEqual([
        'paragraph 124: dropped "• http://www.itu.int/council •", a running footer, not body text',
      ]);
      const blocks = await storedBlocks();
      const levels = blocks
        .filter((block) => block.type === 'numberedParagraph')
        .map((block) => block.attrs?.['level']);
      expect(levels).toHaveLength(77);
      const typed = readSummaryFixture()
        .split('\n')
        .flatMap((line) => /^\s*(\d+(?:\.\d+)*)\.?\s/.exec(line)?.[1]?.split('.').length ?? []);
      expect(levels).toEqual(typed);
      expect(JSON.stringify(blocks)).not.toContain('itu.int/council');
    },
  );
  if (SOFFICE === undefined) {
    it('skips the LibreOffice round trip: soffice is not installed here (CI installs it)', () => {
      expect(SOFFICE).toBeUndefined();
    });
  }

  it('imports a DOCX with Word list numbering at its levels, footnote and table included', async () => {
    const response = await importInto(await wordNumberedSummary());
    expect(response.status).toBe(201);
    const blocks = await storedBlocks();
    expect(
      blocks.filter((block) => block.type === 'numberedParagraph').map((b) => b.attrs?.['level']),
    ).toEqual([1, 2, 2, 3, 4, 1, 1]);
    expect(blocks.some((block) => block.type === 'table')).toBe(true);
    expect(JSON.stringify(blocks)).toContain(
      '"type":"footnote","attrs":{"text":"As revised on the day."}',
    );
  });

  const corrupt = new TextEncoder().encode('PK\u0003\u0004 this is not really a Word file');
  it.each([
    { what: 'a corrupt DOCX', body: () => corrupt, status: 422, code: 'damaged_document' },
    {
      what: 'a DOCX without a document inside',
      body: () => zipSync({ 'x.txt': new Uint8Array(3) }),
      status: 422,
      code: 'damaged_document',
    },
    { what: 'a zip bomb', body: () => zipBomb(40, 1000), status: 413, code: 'too_large' },
    {
      what: 'a zip bomb declaring 4 GB',
      body: () => zipBomb(1, 0xffffffff),
      status: 413,
      code: 'too_large',
    },
    {
      what: 'a 50 MB file',
      body: () => new Uint8Array(50 * 1024 * 1024),
      status: 413,
      code: 'too_large',
    },
    {
      what: 'an unknown format',
      body: () => new TextEncoder().encode('%PDF-1.7'),
      contentType: 'application/pdf',
      status: 415,
      code: 'unsupported_format',
    },
  ])('refuses $what with a problem saying what is wrong, and stores nothing', async (attack) => {
    const response = await importInto(attack.body(), attack.contentType);
    expect(response.status).toBe(attack.status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe(attack.code);
    expect(problem.detail).toMatch(/Word|import|document|request body/);
    expect(await running.store.readStream(draftStream('cwg-35'))).toEqual([]);
  });

  it('refuses a 15 MB Word file sent without a length, past the 2 MiB limit', async () => {
    // fetch may pull the whole stream into its socket before it sees the answer, so what the
    // server read is not visible here; readLimitedBody's own stop is what the status shows.
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 15) {
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await importInto(stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      code: 'too_large',
      detail: expect.stringMatching(/may hold at most 209\d+ bytes/) as unknown,
    });
    expect(await running.store.readStream(draftStream('cwg-35'))).toEqual([]);
  });
});
