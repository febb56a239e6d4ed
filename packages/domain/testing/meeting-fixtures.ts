import type {
  Actor,
  MeetingEvent,
  MeetingScheduled,
  ParticipantInvited,
  ParticipantRemoved,
  ParticipantRoleChanged,
  PersonDetails,
  RecordedActor,
  Role,
} from '../src/index.js';

/** The time every fixture command and event carries. */
export const AT = '2019-09-25T09:30:00Z';

/** People of the 34th meeting of CWG-WSIS&SDG (emails invented). */
export const people = {
  minkin: {
    personId: 'p-minkin',
    name: 'Prof. Vladimir Minkin',
    email: 'vladimir.minkin@example.org',
  },
  ahmadova: {
    personId: 'p-ahmadova',
    name: 'Ms Aygun Ahmadova',
    email: 'aygun.ahmadova@example.org',
  },
  canazza: { personId: 'p-canazza', name: 'Mr Mario Canazza', email: 'mario.canazza@example.org' },
  sah: { personId: 'p-sah', name: 'Ms Gitanjali Sah', email: 'gitanjali.sah@example.org' },
  museminali: {
    personId: 'p-museminali',
    name: 'Mr Vincent Museminali',
    email: 'vincent.museminali@example.org',
  },
} as const satisfies Record<string, PersonDetails>;

/** The platform administrator, who is no participant. */
export const admin: Actor = { personId: 'p-admin', admin: true };

/** A person acting as themselves (no administrator flag). */
export function as(person: PersonDetails): Actor {
  return { personId: person.personId };
}

/** The actor as events record it. */
export function recorded(by: Actor): RecordedActor {
  return { personId: by.personId, admin: by.admin === true };
}

/** The 34th meeting, chaired by Prof. Minkin, scheduled by the administrator. */
export const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'cwg-wsis-sdg-34',
    title: 'Council Working Group on WSIS&SDG, 34th meeting',
    symbol: 'CWG-WSIS&SDG-34',
    date: '2019-09-25',
    chair: people.minkin,
    at: AT,
    by: recorded(admin),
  },
};

/** `person` was invited with `role` by `by` (the chair unless said). */
export function invited(
  person: PersonDetails,
  role: Role,
  by: Actor = as(people.minkin),
): ParticipantInvited {
  return { type: 'ParticipantInvited', data: { ...person, role, at: AT, by: recorded(by) } };
}

/** `person`'s role went `from` -> `to`, changed by `by` (the chair unless said). */
export function roleChanged(
  person: PersonDetails,
  change: { readonly from: Role; readonly to: Role },
  by: Actor = as(people.minkin),
): ParticipantRoleChanged {
  const data = {
    personId: person.personId,
    previousRole: change.from,
    role: change.to,
    at: AT,
    by: recorded(by),
  };
  return { type: 'ParticipantRoleChanged', data };
}

/** `person` was removed by `by` (the chair unless said). */
export function removed(person: PersonDetails, by: Actor = as(people.minkin)): ParticipantRemoved {
  return {
    type: 'ParticipantRemoved',
    data: { personId: person.personId, at: AT, by: recorded(by) },
  };
}

/** The meeting, with Ms Sah invited as its secretariat. */
export const withSecretariat: readonly MeetingEvent[] = [
  scheduled,
  invited(people.sah, 'secretariat'),
];
