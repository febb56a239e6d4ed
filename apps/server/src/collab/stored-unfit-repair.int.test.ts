import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import { DRAFT_FIELD, rapporteurExtensions, validateDocument } from '@rapporteur/editor-schema';
import { tiptapJson } from '@rapporteur/history';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor, type TestClient } from '../testing/collab-client.js';
import { freezableMeetingEachTest } from '../testing/freezable-meeting.js';
import { storedDraftDoc } from '../testing/stored-draft.js';
import { xmlBlock } from '../testing/xml-block.js';

const MEETING = 'cwg-35';
const TEXTS = ['The meeting opened.', 'Opening', 'Hidden text'];

/** What a raw client could store before the room checked the schema, one event each. */
const UNFIT_EDITS: readonly ((fragment: Y.XmlFragment) => void)[] = [
  (fragment) => {
    fragment.insert(0, [xmlBlock('paragraph', TEXTS[0]!)]);
  },
  (fragment) => {
    (fragment.get(0) as Y.XmlElement).setAttribute('data-x', 'y');
  },
  (fragment) => {
    fragment.insert(1, [xmlBlock('numberedParagraph', TEXTS[1]!, { level: '2' })]);
  },
  (fragment) => {
    fragment.insert(2, [xmlBlock('section', TEXTS[2]!)]);
  },
];

/** The chair's browser: the web app's editor bound to the y-websocket client's document. */
function openEditor(client: TestClient, page: Window): Editor {
  return new Editor({
    element: page.document.createElement('div') as unknown as HTMLElement,
    extensions: [
      ...rapporteurExtensions(),
      Collaboration.configure({ document: client.doc, field: DRAFT_FIELD }),
    ],
  });
}

describe('a draft whose log holds content the editor schema does not allow', () => {
  const meeting = freezableMeetingEachTest(MEETING);
  const stream = draftStream(MEETING);
  // A page for the editor only: the server runs in plain Node (happy-dom as the environment
  // would replace Node's URL and fetch), so the DOM is lent to the editor through globals.
  const page = new Window();
  const lent = { window: page, document: page.document, navigator: page.navigator };
  const kept = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [name, value] of Object.entries(lent)) {
      kept.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
    }
  });
  afterAll(async () => {
    for (const [name, descriptor] of kept) {
      if (descriptor === undefined) Reflect.deleteProperty(globalThis, name);
      else Object.defineProperty(globalThis, name, descriptor);
    }
    await page.happyDOM.close();
  });

  const storeUnfitEdits = async () => {
    const writer = new Y.Doc();
    for (const edit of UNFIT_EDITS) {
      const before = Y.encodeStateVector(writer);
      edit(writer.getXmlFragment(DRAFT_FIELD));
      await meeting.running.store.append(stream, [
        {
          type: DRAFT_UPDATED,
          payload: Y.encodeStateAsUpdate(writer, before),
          metadata: { actor: 'raw-client', name: 'Raw client', role: 'delegate', clients: [] },
        },
      ]);
    }
    writer.destroy();
  };

  const storedDocument = async () => {
    const doc = await storedDraftDoc(meeting.running.store, MEETING);
    const json = tiptapJson(doc);
    doc.destroy();
    return json;
  };

  const openInBrowser = async () => {
    const client = meeting.connectChair();
    const editor = openEditor(client, page);
    await client.synced;
    // The binding renders, and would "fix", the shared document on the next ticks.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return editor;
  };

  it('is repaired by Rapporteur when the room loads, and the first browser to open it writes nothing', async () => {
    await storeUnfitEdits();
    const before = (await meeting.running.store.readStream(stream)).length;
    const editor = await openInBrowser();
    try {
      const events = await meeting.running.store.readStream(stream);
      const added = events.slice(before).filter((event) => event.type === DRAFT_UPDATED);
      expect(added.map((event) => event.metadata.name)).toEqual(['Rapporteur (schema repair)']);
      const stored = await storedDocument();
      expect(validateDocument(stored)).toEqual({ ok: true });
      for (const text of TEXTS) expect(JSON.stringify(stored)).toContain(text);
      expect(editor.getText()).toContain(TEXTS[2]);

      const history = (await (await meeting.call('chair', '/history')).json()) as {
        items: { kind: string; name?: string }[];
      };
      const edits = history.items.filter((item) => item.kind === 'edit');
      expect(edits[0]?.name).toBe('Rapporteur (schema repair)');
      expect(edits.map((item) => item.name)).not.toContain('The chair');
      const authors = (await (await meeting.call('chair', '/authors')).json()) as {
        blocks: { runs: { text: string; author: string | null }[] }[];
        people: { id: string; name: string }[];
      };
      const writers = new Set(authors.blocks.flatMap((block) => block.runs.map((r) => r.author)));
      const names = authors.people.filter((person) => writers.has(person.id));
      expect(names.map((person) => person.name)).toEqual(['Rapporteur (schema repair)']);
      // Readers saw the repaired document already: the repair changes nothing they show.
      const read = async (path: string) =>
        ((await (await meeting.call('chair', path)).json()) as { json: unknown }).json;
      expect(await read('/draft')).toEqual(await read(`/draft?at=${before - 1}`));
    } finally {
      editor.destroy();
    }
  });

  it('is opened as it is, without a repair or an error, once it is frozen', async () => {
    await storeUnfitEdits();
    await meeting.frozenVersion('Final');
    const before = await meeting.running.store.readStream(stream);
    const editor = await openInBrowser();
    try {
      await waitFor(() => editor.getText().includes(TEXTS[0]!), 'the frozen draft to render');
      const after = await meeting.running.store.readStream(stream);
      expect(after.length).toBe(before.length);
      expect((await meeting.call('chair', '/draft')).status).toBe(200);
    } finally {
      editor.destroy();
    }
  });
});
