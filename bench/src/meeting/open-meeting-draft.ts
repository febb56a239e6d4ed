import * as Y from 'yjs';
import type { BusyDraft } from '../scenarios/busy-draft.js';
import type { ServerProcess } from '../servers/server-process.js';
import type { Subject } from '../servers/subject.js';
import { waitFor, within } from '../support/wait.js';

/** The peers' room for the meeting's draft; ours serves the demo meeting's own. */
const PEER_ROOM = 'meeting';

/**
 * The draft of the demo meeting on a running server, holding the imported summary. Ours seeds
 * it on its first start; a peer's room gets the same Yjs state (`demoState`, read from ours) from
 * a seeding client before the run, so that every server serves a document of the same size.
 * Returns the draft and its state as a fresh client receives it.
 */
export async function openMeetingDraft(
  subject: Subject,
  server: ServerProcess,
  demoState: Uint8Array | undefined,
): Promise<{ readonly draft: BusyDraft; readonly state: Uint8Array }> {
  if (subject.openDemoDraft !== undefined) {
    const drafts = await subject.openDemoDraft(server);
    const draft = { server, connect: () => drafts.connect(server, PEER_ROOM) };
    return { draft, state: await readState(draft) };
  }
  if (demoState === undefined)
    throw new Error('No demo draft to seed the peer with: ours did not serve it in this run.');
  const drafts = await subject.createDrafts(server, [PEER_ROOM]);
  const draft = { server, connect: () => drafts.connect(server, PEER_ROOM) };
  const seeder = draft.connect();
  let wanted: Uint8Array;
  try {
    await within(seeder.synced, 'the seeding client to sync');
    Y.applyUpdate(seeder.doc, demoState);
    wanted = Y.encodeStateVector(seeder.doc);
    // Hocuspocus unloads a document when its last client leaves (storing it first): the seeder
    // stays until another client holds everything.
    await readState(draft, wanted);
  } finally {
    seeder.destroy();
  }
  return { draft, state: await readState(draft, wanted) };
}

/** The draft's state as a fresh client receives it, once it holds `wanted` (a state vector). */
async function readState(draft: BusyDraft, wanted?: Uint8Array): Promise<Uint8Array> {
  const client = draft.connect();
  try {
    await within(client.synced, 'a client of the meeting draft to sync');
    if (wanted !== undefined) {
      const holdsAll = () => Buffer.from(Y.encodeStateVector(client.doc)).equals(wanted);
      await waitFor(holdsAll, 'the server to pass on the demo draft', 30_000);
    }
    if (client.doc.share.size === 0) throw new Error('The meeting draft is empty.');
    return Y.encodeStateAsUpdate(client.doc);
  } finally {
    client.destroy();
  }
}
