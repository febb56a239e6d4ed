import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  DRAFT_FIELD,
  importDocument,
  NUMBERED_PARAGRAPH,
  paragraphNumbers,
} from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';
import {
  docxPart,
  docxToText,
  flowing,
  pdfInfo,
  pdfText,
  skipWithoutOffice,
  withTempDir,
} from '@rapporteur/export/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEMO_MEETING_ID, DEMO_PEOPLE, seedDemoMeeting } from '../demo/seed-demo-meeting.js';
import { connectClient, waitFor, type TestClient } from '../testing/collab-client.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

interface VersionAnswer {
  versionId: string;
  chainHash: string;
  draftRevision: number;
}

/** The numbers of the fixture's paragraphs, in order, as the numbering code gives them. */
function fixtureNumbers(): string[] {
  const { doc } = importDocument(readSummaryFixture());
  const levels = (doc.content ?? [])
    .filter((block) => block.type === NUMBERED_PARAGRAPH)
    .map((block) => Number(block.attrs?.['level']));
  return paragraphNumbers(levels);
}

const nameOf = (role: string) => DEMO_PEOPLE.find((person) => person.role === role)?.name ?? '';

/** The demo meeting's summary, approved, exported the ways members read it. */
describe('exports of an approved version', () => {
  let running: TestServer;
  let tokens: Map<string, string>;
  let version: VersionAnswer;
  const clients: TestClient[] = [];

  const call = (role: string, path: string, init: RequestInit = {}) =>
    fetch(`${running.url}/api/meetings/${DEMO_MEETING_ID}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${tokens.get(role) ?? ''}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    });

  beforeAll(async () => {
    running = await startTestServer();
    const accounts = (await seedDemoMeeting(running.store, running.accounts)) ?? [];
    tokens = new Map();
    for (const account of accounts) {
      const user = await running.accounts.findByEmail(account.email);
      tokens.set(account.role, (await running.accounts.createToken(user!.id, 'test')).token);
    }
    await running.restart();
    const named = await call('secretariat', '/versions', {
      method: 'POST',
      body: JSON.stringify({ name: 'Final summary' }),
    });
    version = (await named.json()) as VersionAnswer;
    await call('secretariat', `/versions/${version.versionId}/submit`, { method: 'POST' });
    // The demo meeting has a vice-chair: one endorsement before the approval (issue #14).
    await call('vice-chair', `/versions/${version.versionId}/endorse`, { method: 'POST' });
    const approved = await call('chair', `/versions/${version.versionId}/approve`, {
      method: 'POST',
    });
    expect(approved.status).toBe(200);
    // The approval records the draft as it stands, and its fingerprint (decision 36).
    version = (await approved.json()) as VersionAnswer;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await running.close();
  });

  it('writes Markdown with the cover and the numbered paragraphs in order', async () => {
    const response = await call('delegate', `/versions/${version.versionId}/export?format=md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.md"/);
    const markdown = await response.text();
    expect(markdown).toContain(version.chainHash);
    expect(markdown).toContain('Approved');
    expect(markdown).toContain(nameOf('chair'));
    const numbers = [...markdown.matchAll(/^(?:## )?(\d+(?:\.\d+)*\.) /gm)].map(
      (match) => match[1],
    );
    expect(numbers).toEqual(fixtureNumbers());
    expect(numbers).toContain('8.2.1.1.');
  });

  it('writes a standalone HTML page that runs no script', async () => {
    const response = await call('delegate', `/versions/${version.versionId}/export?format=html`);
    expect(response.headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/i);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<span class="paragraph-number">8.2.1.1.</span>');
    expect(html).toContain(version.chainHash);
    expect(html).not.toMatch(/<script/i);
  });

  it.skipIf(skipWithoutOffice())(
    'writes a Word document that LibreOffice opens, with the passages and the fingerprint',
    async () => {
      const response = await call('delegate', `/versions/${version.versionId}/export?format=docx`);
      expect(response.headers.get('content-type')).toContain('wordprocessingml');
      const bytes = new Uint8Array(await response.arrayBuffer());
      await withTempDir(async (dir) => {
        const { file, text } = await docxToText(bytes, { dir, name: 'summary.docx' });
        const flow = flowing(text);
        // The ITU layout prints the fingerprint short; the file's properties hold it whole.
        expect(flow).toContain(`Fingerprint ${version.chainHash.slice(0, 12)}…`);
        expect(await docxPart(file, 'docProps/core.xml')).toContain(version.chainHash);
        expect(flow).toContain('8.2.1.1.');
        expect(flow).toContain('S19-CWGWSIS34-C-0001');
      });
    },
    90_000,
  );

  it.skipIf(skipWithoutOffice())(
    'writes a PDF in the ITU layout, made in the server process: symbol, long date, all the numbers',
    async () => {
      const response = await call('delegate', `/versions/${version.versionId}/export?format=pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.pdf"/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await withTempDir(async (dir) => {
        const file = join(dir, 'summary.pdf');
        await writeFile(file, bytes);
        const flow = flowing(await pdfText(file));
        expect(flow).toContain('Document CWG-WSIS&SDG-34');
        expect(flow).toContain('25 September 2019 Original: English');
        expect(flow).toContain(`Approved by ${nameOf('chair')}`);
        expect(flow).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        expect((await pdfInfo(file)).get('Fingerprint')).toBe(version.chainHash);
        let from = 0;
        for (const number of fixtureNumbers()) {
          const at = flow.indexOf(` ${number} `, from);
          expect(at, number).toBeGreaterThanOrEqual(from);
          from = at + 1;
        }
        expect(fixtureNumbers()).toHaveLength(77);
      });
    },
    90_000,
  );

  it.skipIf(skipWithoutOffice())(
    'writes the changes since the version as Word revision marks, authored',
    async () => {
      // An approved draft takes no edit until it is frozen and reopened (decision 36).
      await call('chair', `/versions/${version.versionId}/freeze`, { method: 'POST' });
      await call('chair', '/reopen', { method: 'POST', body: '{}' });
      const vice = connectClient(running.url, DEMO_MEETING_ID, {
        token: tokens.get('vice-chair')!,
      });
      clients.push(vice);
      await vice.synced;
      const fragment = vice.doc.getXmlFragment(DRAFT_FIELD);
      const element = new Y.XmlElement('paragraph');
      const sentence = new Y.XmlText();
      sentence.insert(0, 'The vice-chair added this sentence after the approval.');
      element.insert(0, [sentence]);
      fragment.insert(fragment.length, [element]);
      const before = version.draftRevision;
      await waitFor(() => false, 'nothing', 300).catch(() => undefined);
      await expect
        .poll(async () => (await running.store.head(`draft-${DEMO_MEETING_ID}`))?.revision)
        .toBeGreaterThan(before);
      const edits = await running.store.readStream(`draft-${DEMO_MEETING_ID}`, {
        from: before + 1,
      });
      const editedAt = edits.at(-1)?.recordedAt ?? 'no edit';
      // A second later, so that the export's own time cannot pass for the edit's.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const response = await call('delegate', `/diff.docx?from=${version.versionId}&to=head`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      await withTempDir(async (dir) => {
        const { file, text } = await docxToText(bytes, { dir, name: 'changes.docx' });
        expect(flowing(text)).toContain('The vice-chair added this sentence after the approval.');
        const xml = await docxPart(file, 'word/document.xml');
        expect(xml).toContain('<w:ins');
        expect(xml).toContain(`w:author="${nameOf('vice-chair')}"`);
        // Dated with the edit's time in the draft log (to the second, as Word reads w:date).
        const dates = [...xml.matchAll(/w:author="([^"]+)" w:date="([^"]+)"/g)].flatMap((match) =>
          match[1] === nameOf('vice-chair') ? [match[2]] : [],
        );
        expect(dates.length).toBeGreaterThan(0);
        expect(new Set(dates)).toEqual(new Set([editedAt.replace(/\.\d+Z$/, 'Z')]));
      });
    },
    90_000,
  );

  it('prints the meeting’s document settings: the summary’s symbol, its language, times in its zone', async () => {
    const patch = (role: string, body: unknown) =>
      call(role, '/document-settings', { method: 'PATCH', body: JSON.stringify(body) });
    const refusals = [
      [await patch('secretariat', { timeZone: 'Europe/Zurich' }), 403],
      [await patch('chair', { timeZone: 'Mars/Olympus' }), 400],
      [await patch('chair', { language: 'not a language' }), 400],
      [await patch('chair', {}), 400],
      [await patch('chair', { documentSymbol: 'X', colour: 'red' }), 400],
    ] as const;
    for (const [answer, status] of refusals) {
      expect(answer.status).toBe(status);
      const problem = (await answer.json()) as { code: string; detail: string };
      expect(problem.detail.length).toBeGreaterThan(10);
    }
    // Refused, nothing changed.
    const before = (await (await call('delegate', '')).json()) as {
      documentSettings: {
        documentSymbol: string | null;
        language: string;
        timeZone: string;
        linkTemplate: string;
      };
    };
    expect(before.documentSettings).toEqual({
      documentSymbol: null,
      language: 'en',
      timeZone: 'UTC',
      linkTemplate: 'https://www.itu.int/md/{symbol}/en',
    });

    const set = await patch('chair', {
      documentSymbol: 'CWG-WSIS&SDG-34/6',
      timeZone: 'Europe/Zurich',
    });
    expect(set.status).toBe(200);
    expect(((await set.json()) as typeof before).documentSettings).toEqual({
      documentSymbol: 'CWG-WSIS&SDG-34/6',
      language: 'en',
      timeZone: 'Europe/Zurich',
      linkTemplate: 'https://www.itu.int/md/{symbol}/en',
    });
    const html = await (
      await call('delegate', `/versions/${version.versionId}/export?format=html`)
    ).text();
    expect(html).toContain('<span class="document-symbol">CWG-WSIS&amp;SDG-34/6</span>');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<meta name="rapporteur:approved-at" content="[^"]+ (CET|CEST)">/);
  });

  it('refuses unknown versions, formats and outsiders with problem JSON', async () => {
    expect((await call('delegate', '/versions/nope/export?format=md')).status).toBe(404);
    const badFormat = await call('delegate', `/versions/${version.versionId}/export?format=odt`);
    expect(badFormat.status).toBe(400);
    const problem = (await badFormat.json()) as { code: string; detail: string };
    expect(problem.code).toBe('invalid_request');
    expect(problem.detail).toContain('format');
    const anonymous = await fetch(
      `${running.url}/api/meetings/${DEMO_MEETING_ID}/versions/${version.versionId}/export?format=md`,
    );
    expect(anonymous.status).toBe(401);
  });
});
