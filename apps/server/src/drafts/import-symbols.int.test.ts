import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxPart } from '@rapporteur/export/testing';
import { DRAFT_UPDATED, draftStream } from '@rapporteur/draft-log';
import { DRAFT_FIELD, rapporteurSchema } from '@rapporteur/editor-schema';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openChairedApp, type ChairedApp } from '../testing/chaired-app.js';

const MEETING = 'cwg-34';
const FIXTURE = new URL('../../../../fixtures/cwg-wsis-sdg-34-summary.txt', import.meta.url);

type Json = { type?: string; text?: string; marks?: { type: string; attrs?: { href?: string } }[] };
type Tree = Json & { content?: Tree[] };

function links(node: Tree): { text: string; href: string | undefined }[] {
  const link = node.marks?.find((mark) => mark.type === 'link');
  const own = link === undefined ? [] : [{ text: node.text ?? '', href: link.attrs?.href }];
  return [...own, ...(node.content ?? []).flatMap(links)];
}

describe('importing the fixture', () => {
  let fixture: ChairedApp;
  let app: Hono;
  beforeEach(async () => {
    fixture = await openChairedApp(MEETING);
    app = await fixture.startApp();
  });
  afterEach(() => fixture.close());

  const api = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    app.request(`/api/meetings/${MEETING}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${fixture.chair.token}`, ...init.headers },
    });

  async function storedDraft(): Promise<Tree> {
    const doc = new Y.Doc();
    for (const event of await fixture.store.readStream(draftStream(MEETING)))
      if (event.type === DRAFT_UPDATED && event.payload !== null) Y.applyUpdate(doc, event.payload);
    const fragment = doc.getXmlFragment(DRAFT_FIELD);
    const json = yXmlFragmentToProseMirrorRootNode(fragment, rapporteurSchema()).toJSON() as Tree;
    doc.destroy();
    return json;
  }

  it('registers all 19 contributions it cites and links every citation to the register', async () => {
    const imported = await api('/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: readFileSync(FIXTURE, 'utf8'),
    });
    expect(imported.status).toBe(201);
    const answer = (await imported.json()) as { registered: string[] };
    expect(answer.registered).toHaveLength(19);
    expect(answer.registered[0]).toBe('S19-CWGWSIS34-C-0001 Rev.4');

    const documents = (await (await api('/documents')).json()) as {
      label: string;
      title: string;
      source: string;
      href: string;
    }[];
    expect(documents.map((d) => d.label).sort()).toEqual([...answer.registered].sort());
    expect(documents.find((d) => d.label === 'S19-CWGWSIS34-C-0019')).toMatchObject({
      source: 'Kingdom of Saudi Arabia',
      title: 'United Nations High-level Panel on Digital Cooperation',
      href: 'https://www.itu.int/md/S19-CWGWSIS34-C-0019/en',
    });

    const linked = links(await storedDraft());
    expect(linked).toHaveLength(20);
    const hrefs = new Set(documents.map((d) => d.href));
    for (const { href } of linked) expect(hrefs.has(href ?? '')).toBe(true);
    expect(linked.map((l) => l.text)).toContain('S19-CWGWSIS34-C-0006 Rev.1');
  });

  it('exports the citations as real links: <a> in HTML, w:hyperlink in DOCX', async () => {
    const imported = await api('/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: readFileSync(FIXTURE, 'utf8'),
    });
    expect(imported.status).toBe(201);
    const named = await api('/versions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Imported' }),
    });
    const { versionId } = (await named.json()) as { versionId: string };
    const html = await (await api(`/versions/${versionId}/export?format=html`)).text();
    expect(html).toMatch(
      /<a [^>]*href="https:\/\/www\.itu\.int\/md\/S19-CWGWSIS34-C-0019\/en"[^>]*>S19-CWGWSIS34-C-0019<\/a>/,
    );
    const docx = new Uint8Array(
      await (await api(`/versions/${versionId}/export?format=docx`)).arrayBuffer(),
    );
    const dir = mkdtempSync(join(tmpdir(), 'rapporteur-links-'));
    try {
      const file = join(dir, 'summary.docx');
      writeFileSync(file, docx);
      const body = await docxPart(file, 'word/document.xml');
      expect(body.match(/<w:hyperlink /g)?.length ?? 0).toBeGreaterThanOrEqual(20);
      const rels = await docxPart(file, 'word/_rels/document.xml.rels');
      expect(rels).toContain('Target="https://www.itu.int/md/S19-CWGWSIS34-INF-0001/en"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not register again what the register already holds', async () => {
    const added = await api('/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        symbol: 'S19-CWGWSIS34-C-0001',
        revision: 4,
        title: 'Draft agenda',
        source: 'Chairman',
      }),
    });
    expect(added.status).toBe(201);
    const imported = await api('/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: readFileSync(FIXTURE, 'utf8'),
    });
    expect(((await imported.json()) as { registered: string[] }).registered).toHaveLength(18);
    const documents = (await (await api('/documents')).json()) as { title: string }[];
    expect(documents).toHaveLength(19);
    expect(documents[0]?.title).toBe('Draft agenda');
  });
});
