// The shape every event of the domain shares, the meeting's and the version workflow's.

/** Who did it, as the log keeps it: `admin` says the platform administrator acted. */
export type RecordedActor = {
  readonly personId: string;
  readonly admin: boolean;
};

/** An event of the meeting stream, stamped with its time and its actor. */
export type Event<Type extends string, Data> = {
  readonly type: Type;
  readonly data: Data & { readonly at: string; readonly by: RecordedActor };
};
