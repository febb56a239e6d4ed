// The shape every command of the domain shares, the meeting's and the version workflow's.

/**
 * The person a command acts for, as the server authenticated them. `admin` is the platform's
 * administrator flag: it schedules meetings for any chair and manages the participants of any meeting.
 */
export type Actor = {
  readonly personId: string;
  readonly admin?: boolean;
};

/**
 * A command of the meeting stream, the version workflow's included. Every command carries its
 * time and its actor: the decider reads no clock and no session.
 */
export type Command<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data & { readonly at: string; readonly by: Actor };
};
