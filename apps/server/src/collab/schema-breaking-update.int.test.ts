import { CLOSE_CODES } from '@rapporteur/collab';
import { DRAFT_FIELD } from '@rapporteur/editor-schema';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { TestClient } from '../testing/collab-client.js';
import { freezableMeetingEachTest } from '../testing/freezable-meeting.js';
import { xmlBlock } from '../testing/xml-block.js';

const MEETING = 'cwg-34';

describe('an update that does not fit the editor schema, sent by an editor over y-websocket', () => {
  const meeting = freezableMeetingEachTest(MEETING);

  /** The chair's client, with one paragraph stored, and the close codes its socket gets. */
  const chairWithParagraph = async () => {
    const client = meeting.connectChair();
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => {
      if (event !== null) closes.push(event.code);
    });
    await client.synced;
    fragmentOf(client).insert(0, [xmlBlock('paragraph', 'The meeting opened.')]);
    await expect.poll(() => meeting.storedUpdates()).toBe(1);
    return { client, closes };
  };
  /** Runs a raw edit, and resolves once it was stored or the socket was closed for it. */
  const sendRaw = async (
    sender: { client: TestClient; closes: number[] },
    edit: (fragment: Y.XmlFragment) => void,
  ) => {
    const before = await meeting.storedUpdates();
    edit(fragmentOf(sender.client));
    await expect
      .poll(async () => sender.closes.length > 0 || (await meeting.storedUpdates()) > before)
      .toBe(true);
  };
  const statuses = async (paths: readonly string[]) =>
    Promise.all(paths.map(async (path) => (await meeting.call('chair', path)).status));

  it('is refused when it sets an unknown attribute, and every export of the frozen version answers', async () => {
    const chair = await chairWithParagraph();
    await sendRaw(chair, (fragment) => {
      (fragment.get(0) as Y.XmlElement).setAttribute('data-x', 'y');
    });
    const { versionId } = await meeting.frozenVersion('Final');
    const exports = ['md', 'html', 'docx'].map(
      (format) => `/versions/${versionId}/export?format=${format}`,
    );
    expect(await statuses(exports)).toEqual([200, 200, 200]);
    expect(chair.closes).toContain(CLOSE_CODES.unfitUpdate.code);
    expect(await meeting.storedUpdates()).toBe(1);
  });

  it('is refused when a numbered paragraph level is the string "2", and every later revision reads', async () => {
    const chair = await chairWithParagraph();
    await sendRaw(chair, (fragment) => {
      fragment.insert(1, [xmlBlock('numberedParagraph', 'Opening', { level: '2' })]);
    });
    const revisions = Array.from({ length: await meeting.storedUpdates() }, (_, at) => at);
    const reads = ['/draft', ...revisions.map((at) => `/draft?at=${at}`)];
    expect(await statuses(reads)).toEqual(reads.map(() => 200));
    expect(chair.closes).toContain(CLOSE_CODES.unfitUpdate.code);
    expect(await meeting.storedUpdates()).toBe(1);
  });

  it('is refused when it inserts a node the editor does not know, so no browser ever deletes it', async () => {
    const chair = await chairWithParagraph();
    const refusals: number[][] = [];
    for (const name of ['section', 'script']) {
      const sender = { client: meeting.connectChair(), closes: [] as number[] };
      refusals.push(sender.closes);
      sender.client.provider.on('connection-close', (event) => {
        if (event !== null) sender.closes.push(event.code);
      });
      await sender.client.synced;
      await sendRaw(sender, (fragment) => {
        fragment.insert(1, [xmlBlock(name, 'Hidden')]);
      });
    }
    expect(await meeting.storedUpdates()).toBe(1);
    const draft = (await (await meeting.call('chair', '/draft')).json()) as { json: unknown };
    expect(JSON.stringify(draft.json)).not.toMatch(/section|script|Hidden/);
    const code = CLOSE_CODES.unfitUpdate.code;
    expect(refusals).toEqual([[code], [code]]);
    expect(chair.closes).toEqual([]);
  });
});

function fragmentOf(client: TestClient): Y.XmlFragment {
  return client.doc.getXmlFragment(DRAFT_FIELD);
}
