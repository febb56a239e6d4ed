import { draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiAs, type ApiCaller } from '../testing/api-call.js';
import { connectClient, type TestClient } from '../testing/collab-client.js';
import { seatEveryone, type Seat, type TestPerson } from '../testing/meeting-fixtures.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const MEETING = 'cwg-typed-symbols';
const IMPORTED = [
  '1. Contributions',
  '1.1. The meeting considered the documents before it.',
  '',
].join('\n');
const REGISTERED = 'S19-CWGWSIS34-C-0007';
const REGISTERED_HREF = `https://www.itu.int/md/${REGISTERED}/en`;
const UNREGISTERED = 'S19-CWGWSIS34-C-0099';
const AUTHORS_LINK = 'https://example.org/the-authors-own-page';

/** The hyperlinks of a DOCX: the text each holds, and where it points. */
function docxLinks(docx: Uint8Array): { text: string; href: string }[] {
  const files = unzipSync(docx);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const targets = new Map(
    [...part('word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*>/g)].map(([tag]) => [
      /Id="([^"]+)"/.exec(tag)?.[1],
      /Target="([^"]+)"/.exec(tag)?.[1],
    ]),
  );
  const links = part('word/document.xml').matchAll(
    /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g,
  );
  return [...links].map(([, id, inner]) => ({
    text: [...(inner ?? '').matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''),
    href: targets.get(id) ?? 'no target',
  }));
}

describe('a registered symbol typed in the editor is a link in every export', () => {
  let running: TestServer;
  const people = new Map<Seat, TestPerson>();
  let writer: TestClient;
  let as: (seat: Seat) => ApiCaller;
  let versionId = '';

  beforeAll(async () => {
    running = await startTestServer();
    await seatEveryone(running, MEETING, people);
    await running.restart();
    as = (seat) => apiAs(running.url, people.get(seat)!.token);
    const imported = await as('secretariat')(`POST /meetings/${MEETING}/import`, IMPORTED);
    expect(imported.status).toBe(201);
    const registered = await as('secretariat')(`POST /meetings/${MEETING}/documents`, {
      symbol: REGISTERED,
      title: 'Draft resolution on the WSIS Action Lines',
      source: 'Brazil',
    });
    expect(registered.status).toBe(201);

    // Typed through a y-websocket client as the editor types: plain text, and one mention the
    // author made a link of their own.
    writer = connectClient(running.url, MEETING, { token: people.get('vice-chair')!.token });
    await writer.synced;
    const before = (await running.store.head(draftStream(MEETING)))?.revision ?? -1;
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    const fragment = writer.doc.getXmlFragment(DRAFT_FIELD);
    writer.doc.transact(() => {
      fragment.insert(fragment.length, [paragraph]);
      text.insert(0, `The vice-chair presented ${REGISTERED}; ${UNREGISTERED} was not submitted. `);
      text.insert(text.length, 'See ');
      text.insert(text.length, REGISTERED, { link: { href: AUTHORS_LINK } });
      text.insert(text.length, '.', { link: null });
    });
    const deadline = Date.now() + 10_000;
    while (((await running.store.head(draftStream(MEETING)))?.revision ?? -1) <= before) {
      if (Date.now() > deadline) throw new Error('The typed text was never stored.');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    const named = await as('secretariat')(`POST /meetings/${MEETING}/versions`, {
      name: 'With the typed symbols',
    });
    expect(named.status).toBe(201);
    versionId = ((await named.json()) as { versionId: string }).versionId;
  });

  afterAll(async () => {
    writer.destroy();
    await running.close();
  });

  const exported = async (format: 'html' | 'docx' | 'pdf') => {
    const response = await as('delegate')(
      `GET /meetings/${MEETING}/versions/${versionId}/export?format=${format}`,
    );
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };

  it('links it in HTML with the meeting’s template, and leaves the author’s link and an unregistered symbol alone', async () => {
    const html = new TextDecoder().decode(await exported('html'));
    const anchors = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(
      ([, href, text]) => [text, href],
    );
    expect(anchors).toEqual([
      [REGISTERED, REGISTERED_HREF],
      [REGISTERED, AUTHORS_LINK],
    ]);
    expect(html).toContain(`${UNREGISTERED} was not submitted`);
  });

  it('links it in Word as a w:hyperlink', async () => {
    expect(docxLinks(await exported('docx'))).toEqual([
      { text: REGISTERED, href: REGISTERED_HREF },
      { text: REGISTERED, href: AUTHORS_LINK },
    ]);
  });

  it('links it in the PDF as a link annotation', async () => {
    const pdf = Buffer.from(await exported('pdf')).toString('latin1');
    const uris = [...pdf.matchAll(/\/URI \(([^)]*)\)/g)].map(([, uri]) => uri);
    expect(new Set(uris)).toEqual(new Set([REGISTERED_HREF, AUTHORS_LINK]));
  });

  it('follows the link template as it is when the file is made', async () => {
    const patched = await as('chair')(`PATCH /meetings/${MEETING}/document-settings`, {
      linkTemplate: 'https://docs.example.org/{label}',
    });
    expect(patched.status).toBe(200);
    expect(docxLinks(await exported('docx'))[0]).toEqual({
      text: REGISTERED,
      href: `https://docs.example.org/${REGISTERED}`,
    });
  });
});
