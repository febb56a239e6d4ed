import { draftStream, DRAFT_UPDATED } from '@rapporteur/draft-log';
import { DRAFT_FIELD, validateDocument } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freezableMeetingEachTest } from '../testing/freezable-meeting.js';
import { xmlBlock } from '../testing/xml-block.js';

const MEETING = 'cwg-34';

/** Each edit a raw client could have stored before the room checked the schema, one event each. */
const UNFIT_EDITS: readonly ((fragment: Y.XmlFragment) => void)[] = [
  (fragment) => {
    fragment.insert(0, [xmlBlock('paragraph', 'The meeting opened.')]);
  },
  (fragment) => {
    (fragment.get(0) as Y.XmlElement).setAttribute('data-x', 'y');
  },
  (fragment) => {
    fragment.insert(1, [xmlBlock('numberedParagraph', 'Opening', { level: '2' })]);
  },
  (fragment) => {
    fragment.insert(2, [xmlBlock('section', 'Hidden text')]);
  },
  (fragment) => {
    fragment.insert(3, [new Y.XmlText('Loose text')]);
  },
  (fragment) => {
    fragment.insert(4, [xmlBlock('tableRow', 'Stray row')]);
  },
  (fragment) => {
    ((fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { comment: { x: 1 } });
  },
  (fragment) => {
    fragment.insert(5, [xmlBlock('numberedParagraph', 'Deep', { level: 42 })]);
  },
];

describe('a log that already holds content the editor schema does not allow', () => {
  const meeting = freezableMeetingEachTest(MEETING);
  // One after another: at once, they would pass MAX_HEAVY_READS and some be answered 503 busy.
  const statuses = async (paths: readonly string[]) => {
    const answered: number[] = [];
    for (const path of paths) answered.push((await meeting.call('chair', path)).status);
    return answered;
  };

  /** Stores the edits as DraftUpdated events of the chair's raw client, bypassing the room. */
  const storeUnfitEdits = async () => {
    const writer = new Y.Doc();
    for (const edit of UNFIT_EDITS) {
      const before = Y.encodeStateVector(writer);
      edit(writer.getXmlFragment(DRAFT_FIELD));
      await meeting.running.store.append(draftStream(MEETING), [
        { type: DRAFT_UPDATED, payload: Y.encodeStateAsUpdate(writer, before) },
      ]);
    }
    writer.destroy();
    return UNFIT_EDITS.length - 1;
  };

  it('reads at every revision as a document that fits the schema, keeping every character', async () => {
    const head = await storeUnfitEdits();
    const reads = ['/draft', ...Array.from({ length: head + 1 }, (_, at) => `/draft?at=${at}`)];
    expect(await statuses(reads)).toEqual(reads.map(() => 200));
    const draft = (await (await meeting.call('chair', '/draft')).json()) as { json: unknown };
    expect(validateDocument(draft.json)).toEqual({ ok: true });
    const text = JSON.stringify(draft.json);
    for (const kept of ['The meeting opened.', 'Opening', 'Hidden text', 'Loose text', 'Stray row'])
      expect(text).toContain(kept);
  });

  it('exports a version frozen over it in every format, and its diffs, authors and verify answer', async () => {
    await storeUnfitEdits();
    const { versionId } = await meeting.frozenVersion('Final');
    const paths = [
      ...['md', 'html', 'docx'].map((format) => `/versions/${versionId}/export?format=${format}`),
      '/diff?from=0',
      '/diff?from=2&to=5',
      '/diff.docx?from=0',
      '/authors',
      '/authors?at=3',
      '/history',
      '/verify',
    ];
    expect(await statuses(paths)).toEqual(paths.map(() => 200));
    const markdown = await (await meeting.call('chair', paths[0]!)).text();
    for (const kept of ['The meeting opened.', 'Hidden text', 'Loose text', 'Stray row'])
      expect(markdown).toContain(kept);
    const verify = (await (await meeting.call('chair', '/verify')).json()) as { ok: boolean };
    expect(verify.ok).toBe(true);
  });
});
