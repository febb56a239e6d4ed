import { ROLES, type Role } from '@rapporteur/domain';
import type { EventStore } from '@rapporteur/event-store';
import type { Accounts, User } from '../accounts/accounts.js';
import { MeetingCommandHandler } from '../meetings/meeting-command-handler.js';

export const PASSWORD = 'a long enough passphrase';

/** The chair's account as a person types it to sign up or set the server up. */
export const CHAIR_ACCOUNT = {
  email: 'chair@itu.example',
  name: 'Vladimir Minkin',
  password: PASSWORD,
} as const;

/** A person with an account and an API token, as a script or a test client uses it. */
export interface TestPerson {
  readonly user: User;
  readonly token: string;
}

export async function createPerson(
  accounts: Accounts,
  who: { email: string; name: string; admin?: boolean },
): Promise<TestPerson> {
  const user = await accounts.create({ ...who, password: PASSWORD });
  const { token } = await accounts.createToken(user.id, 'test');
  return { user, token };
}

/** Schedules a meeting chaired by `chair` and invites `others` with their roles, as the chair. */
export async function meetingWith(
  store: EventStore,
  meetingId: string,
  people: { chair: User; others?: readonly { user: User; role: Role }[] },
): Promise<void> {
  const commands = new MeetingCommandHandler({ store, clock: () => new Date() });
  const by = { personId: people.chair.id };
  const details = (user: User) => ({ personId: user.id, name: user.name, email: user.email });
  await commands.execute(meetingId, {
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      title: 'CWG-WSIS&SDG 34',
      symbol: 'CWG-WSIS&SDG-34',
      date: '2019-09-25',
      chair: details(people.chair),
      by,
    },
  });
  for (const { user, role } of people.others ?? []) {
    await commands.execute(meetingId, {
      type: 'InviteParticipant',
      data: { ...details(user), role, by },
    });
  }
}

/** A seat in a meeting's tests: each role, and someone who takes no part in the meeting. */
export type Seat = Role | 'outsider';
export const SEATS: readonly Seat[] = [...ROLES, 'outsider'];

/**
 * An account for every seat ("The chair", chair@itu.example, and so on) put into `people`, and
 * `meetingId` chaired by the chair with the vice-chair, the secretariat and the delegate in it;
 * the outsider sits in none.
 */
export async function seatEveryone(
  running: { readonly accounts: Accounts; readonly store: EventStore },
  meetingId: string,
  people: Map<Seat, TestPerson>,
): Promise<void> {
  for (const seat of SEATS)
    people.set(
      seat,
      await createPerson(running.accounts, { email: `${seat}@itu.example`, name: `The ${seat}` }),
    );
  const user = (seat: Seat) => people.get(seat)!.user;
  await meetingWith(running.store, meetingId, {
    chair: user('chair'),
    others: (['vice-chair', 'secretariat', 'delegate'] as const).map((role) => ({
      user: user(role),
      role,
    })),
  });
}
