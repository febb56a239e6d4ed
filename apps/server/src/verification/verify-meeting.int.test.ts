import { draftStream } from '@rapporteur/draft-log';
import type { ScheduledMeeting } from '@rapporteur/domain';
import { storeTargets, type TestStore } from '@rapporteur/event-store/testing';
import { fingerprintAt } from '@rapporteur/history';
import { ScriptedDraft } from '@rapporteur/history/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, VerificationFailed } from '../cli/cli.js';
import { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';
import type { Accounts } from '../accounts/accounts.js';

const MEETING = 'cwg-34';
const chair = { personId: 'p-chair', name: 'The chair', email: 'chair@itu.example' };
const at = '2026-03-02T09:00:00.000Z';

/** A meeting whose draft has three stored updates and a version named at revision 1. */
async function meetingWithVersion(opened: TestStore): Promise<ScheduledMeeting> {
  const { store } = opened;
  const commands = new MeetingCommandHandler({ store, clock: () => new Date(at) });
  await commands.execute(MEETING, {
    type: 'ScheduleMeeting',
    data: {
      meetingId: MEETING,
      title: 'CWG-WSIS&SDG 34',
      symbol: 'CWG-WSIS&SDG-34',
      date: '2019-09-25',
      chair,
      by: { personId: chair.personId },
    },
  });
  const writer = new ScriptedDraft(store, MEETING).writer({
    id: chair.personId,
    name: chair.name,
    role: 'chair',
  });
  await writer.addParagraph(0, { text: 'Opening of the meeting', level: 1 });
  await writer.addParagraph(1, { text: 'The chair opened the meeting.', level: 2 });
  await writer.type({ block: 1, offset: 0 }, 'Today, ');
  const named = await commands.execute(MEETING, {
    type: 'NameVersion',
    data: {
      versionId: 'v-1',
      name: 'First reading',
      draftRevision: 1,
      ...(await fingerprintAt(store, { draftId: MEETING, revision: 1 })),
      by: { personId: chair.personId },
    },
  });
  return named.meeting;
}

describe.each(storeTargets())('verifying a meeting on $name', (target) => {
  let opened: TestStore;
  let printed: string[];
  const verify = () =>
    runCli(['verify', MEETING], {
      accounts: undefined as unknown as Accounts,
      store: opened.store,
      readInput: () => Promise.resolve(''),
      print: (line) => printed.push(line),
    });

  beforeEach(async () => {
    opened = await target.fresh();
    printed = [];
    await meetingWithVersion(opened);
  });
  afterEach(() => opened.cleanup());

  it('reports both chains and the version as intact', async () => {
    await verify();
    expect(printed).toEqual([
      expect.stringMatching(/^ok {6}meeting-cwg-34: 2 events/),
      expect.stringMatching(/^ok {6}draft-cwg-34: 3 events/),
      'ok      version "First reading" at revision 1',
      expect.stringMatching(/^head 1\.2\.[0-9a-f]{64} \(write it down/),
      'Meeting cwg-34 verifies.',
    ]);
  });

  it('finds an event altered behind the database’s back and names its revision', async () => {
    if (target.name === 'sqlite') await opened.raw('DROP TRIGGER events_refuse_update');
    else await opened.raw('DROP TRIGGER events_refuse_update_delete ON events');
    const [event] = await opened.store.readStream(draftStream(MEETING), { from: 1, to: 1 });
    const forged = Buffer.from(event!.payload!);
    forged[forged.length - 2] = (forged[forged.length - 2] ?? 0) ^ 1;
    await opened.raw('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 1', [
      forged,
      draftStream(MEETING),
    ]);
    await expect(verify()).rejects.toThrow(VerificationFailed);
    expect(printed).toContainEqual(
      expect.stringMatching(/^BROKEN {2}draft-cwg-34: first broken at revision 1/),
    );
    expect(printed).toContain(
      'BROKEN  version "First reading": The draft stream is broken before it.',
    );
  });

  it('refuses an unknown meeting with a sentence that says what to do', async () => {
    await expect(
      runCli(['verify', 'nope'], {
        accounts: undefined as unknown as Accounts,
        store: opened.store,
        readInput: () => Promise.resolve(''),
        print: () => undefined,
      }),
    ).rejects.toThrow(/meetings list/);
  });
});
