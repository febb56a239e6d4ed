import type { MeetingEvent } from '@rapporteur/domain';
import { as, invited, people, scheduled } from '@rapporteur/domain/testing';
import { ConcurrencyError } from '@rapporteur/event-store';
import { freshStoreEach, storeTargets } from '@rapporteur/event-store/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingChangedError } from './meeting-changed-error.js';
import { MeetingCatalog } from './meeting-catalog.js';
import { MeetingCommandHandler, type MeetingIntent } from './meeting-command-handler.js';
import { meetingStream } from './meeting-events.js';

const MEETING = scheduled.data.meetingId;
const NOW = new Date('2019-09-25T10:15:00.000Z');
const chair = as(people.minkin);
const inviteSah: MeetingIntent = {
  type: 'InviteParticipant',
  data: { ...people.sah, role: 'secretariat', by: chair },
};

describe.each(storeTargets())('the meeting command handler on $name', (target) => {
  const opened = freshStoreEach(target);
  let catalog: MeetingCatalog;
  let announced: string[];
  let commands: MeetingCommandHandler;

  beforeEach(async () => {
    announced = [];
    catalog = await MeetingCatalog.open(opened.store, {
      announce: (meetingId) => announced.push(meetingId),
    });
    commands = new MeetingCommandHandler({ store: opened.store, catalog, clock: () => NOW });
  });
  afterEach(() => catalog.close());

  /** The meeting's stream holds `events`, as the server stores them. */
  const given = async (events: readonly MeetingEvent[]): Promise<void> => {
    await opened.store.append(
      meetingStream(MEETING),
      events.map(({ type, data }) => ({ type, data, metadata: { actor: data.by.personId } })),
      { expectedRevision: 'no_stream' },
    );
  };
  const stored = async () =>
    (await opened.store.readStream(meetingStream(MEETING), { limit: 100 })).map(
      ({ type, data, metadata }) => ({ type, data, metadata }),
    );

  it('decides at the clock’s time, appends, and returns the meeting with its revision', async () => {
    await given([scheduled]);
    const { meeting, revision } = await commands.execute(MEETING, inviteSah);
    expect(revision).toBe(1);
    expect(meeting.participants.get(people.sah.personId)?.role).toBe('secretariat');
    expect((await stored()).slice(1)).toEqual([
      {
        ...invited(people.sah, 'secretariat'),
        data: { ...invited(people.sah, 'secretariat').data, at: NOW.toISOString() },
        metadata: { actor: chair.personId },
      },
    ]);
  });

  it('tells the catalog once, after the append, so the next request reads the change', async () => {
    await given([scheduled]);
    await commands.execute(MEETING, inviteSah);
    expect(announced).toEqual([MEETING]);
    expect(catalog.roleOf(MEETING, people.sah.personId)).toBe('secretariat');
    expect(catalog.revisionOf(MEETING)).toBe(1);
  });

  it('runs when the expected revision is the one stored', async () => {
    await given([scheduled]);
    const { revision } = await commands.execute(MEETING, inviteSah, { expectedRevision: 0 });
    expect(revision).toBe(1);
  });

  it('refuses a stale expected revision with 412, storing and announcing nothing', async () => {
    await given([scheduled, invited(people.canazza, 'vice-chair')]);
    const refusal = await commands
      .execute(MEETING, inviteSah, { expectedRevision: 0 })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(MeetingChangedError);
    expect(refusal).toMatchObject({ kind: 'precondition_failed', code: 'precondition_failed' });
    expect((refusal as Error).message).toMatch(/changed since you read it.*Reload/);
    expect(await stored()).toHaveLength(2);
    expect(announced).toEqual([]);
  });

  it('does not retry: a write that loses the race answers the store’s conflict', async () => {
    await given([scheduled]);
    const plan = commands.plan(inviteSah);
    const racing = commands.run(MEETING, {
      ...plan,
      // Another writer appends between the load and this command's append.
      decide: async (state, at) => {
        await opened.store.append(
          meetingStream(MEETING),
          [
            {
              type: invited(people.canazza, 'vice-chair').type,
              data: invited(people.canazza, 'vice-chair').data,
            },
          ],
          { expectedRevision: 0 },
        );
        return plan.decide(state, at);
      },
    });
    await expect(racing).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await stored()).map(({ data }) => (data as { personId?: string }).personId)).toEqual([
      undefined,
      people.canazza.personId,
    ]);
    expect(announced).toEqual([]);
  });

  it('stores and announces nothing when the command decides nothing', async () => {
    await given([scheduled, invited(people.sah, 'secretariat')]);
    const { revision } = await commands.execute(MEETING, {
      type: 'ChangeRole',
      data: { personId: people.sah.personId, role: 'secretariat', by: chair },
    });
    expect(revision).toBe(1);
    expect(await stored()).toHaveLength(2);
    expect(announced).toEqual([]);
  });

  it('lets a domain refusal through, storing nothing', async () => {
    await given([scheduled, invited(people.sah, 'secretariat')]);
    await expect(commands.execute(MEETING, inviteSah)).rejects.toMatchObject({
      code: 'illegal_state',
    });
    expect(await stored()).toHaveLength(2);
  });

  it('rehearses a command: the same refusals, nothing stored', async () => {
    await given([scheduled]);
    await commands.rehearse(MEETING, inviteSah);
    expect(await stored()).toHaveLength(1);
    await expect(
      commands.rehearse(MEETING, inviteSah, { expectedRevision: 3 }),
    ).rejects.toBeInstanceOf(MeetingChangedError);
    await expect(
      commands.rehearse(MEETING, { ...inviteSah, data: { ...inviteSah.data, by: as(people.sah) } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(announced).toEqual([]);
  });
});
