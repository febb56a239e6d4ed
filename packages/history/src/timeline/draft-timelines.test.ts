import { memoryStoreEach } from '@rapporteur/event-store/testing';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ScriptedDraft } from '../../testing/scripted-draft.js';
import { readDraftFromTimeline } from '../time-travel.js';
import { DraftTimelines } from './draft-timelines.js';

const chair = { id: 'p-chair', name: 'Ms Chair', role: 'chair' };

describe('the kept timelines', () => {
  const log = memoryStoreEach();

  it('drop the least recently asked beyond their capacity and rebuild it when asked again', async () => {
    for (const draftId of ['a', 'b'])
      await new ScriptedDraft(log.store, draftId)
        .writer(chair)
        .addParagraph(0, { text: `Draft ${draftId}`, level: 1 });
    const timelines = new DraftTimelines(log.store, 1);
    const first = await timelines.of('a');
    await timelines.of('b');
    const again = await timelines.of('a');
    expect(again).not.toBe(first);
    expect(JSON.stringify(again.documentAt(0))).toContain('Draft a');
    timelines.close();
  });

  it('render a stored state that does not fit the schema the way the editor shows it', async () => {
    const draft = new ScriptedDraft(log.store, 'odd');
    const writer = draft.writer(chair);
    await writer.addParagraph(0, { text: 'A proper paragraph', level: 1 });
    // A raw client may store an element the schema does not know; the editor leaves it out.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(draft.stored));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getXmlFragment('default').insert(1, [new Y.XmlElement('marquee')]);
    await draft.save(updates[0]!, chair);
    const timelines = new DraftTimelines(log.store);
    const shown = await readDraftFromTimeline(timelines, { store: log.store, draftId: 'odd' });
    expect(shown.revision).toBe(1);
    expect(shown.html).toContain('A proper paragraph');
    expect(shown.html).not.toContain('marquee');
    timelines.close();
  });
});
