import {
  meetingDecider,
  type Actor,
  type MeetingCommand,
  type MeetingEvent,
  type MeetingState,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import type { EventStore, StreamAppend } from '@rapporteur/event-store';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import type { MeetingCatalog } from './meeting-catalog.js';
import { MeetingChangedError } from './meeting-changed-error.js';
import { meetingStream } from './meeting-events.js';

/** A meeting command as a route builds it: everything but its time, which the clock gives. */
export type MeetingIntent = MeetingCommand extends infer C
  ? C extends { readonly type: infer T; readonly data: infer D }
    ? { readonly type: T; readonly data: Omit<D, 'at'> }
    : never
  : never;

/**
 * How one kind of command is decided and stored. The default (`execute`) decides the intent and
 * appends to the meeting's stream; the seals (`draft-seals.ts`) read the draft's head to decide
 * and append to both streams in one transaction.
 */
export interface CommandPlan {
  /** Who acts: recorded as the actor of every event. */
  readonly by: Actor;
  decide(state: MeetingState, at: string): Promise<readonly MeetingEvent[]>;
  /** Stores the meeting's part, with the revision decided on, and whatever goes with it. */
  append(meetingPart: StreamAppend): Promise<void>;
}

export interface CommandOptions {
  /**
   * The revision the client read (`If-Match`). When the meeting is at another one, the command
   * is refused with 412 before it is decided, and nothing is stored.
   */
  readonly expectedRevision?: number | undefined;
}

/** What a command leaves: the meeting after it, and the stream revision that is its ETag. */
export interface CommandResult {
  readonly meeting: ScheduledMeeting;
  readonly revision: number;
}

export interface CommandHandlerParts {
  readonly store: EventStore;
  /**
   * Told after each append, so the next request reads the change and the other instances hear
   * of it at once; scripts and fixtures without one leave the catalogs to follow the log.
   */
  readonly catalog?: MeetingCatalog | undefined;
  /** The time every command is decided at. */
  readonly clock: () => Date;
}

/**
 * The one path of every command on a meeting: load the stream, check the client's If-Match,
 * decide at the clock's time, append expecting exactly the revision decided on, evolve,
 * announce. No retry: a write that loses a race answers the store's 409, and the client, which
 * saw the meeting before the other change, decides again with what it now shows.
 */
export class MeetingCommandHandler {
  readonly #store: EventStore;
  readonly #catalog: MeetingCatalog | undefined;
  readonly #clock: () => Date;

  constructor({ store, catalog, clock }: CommandHandlerParts) {
    this.#store = store;
    this.#catalog = catalog;
    this.#clock = clock;
  }

  /** Decides `intent` on the meeting as stored and appends what it decided. */
  execute(
    meetingId: string,
    intent: MeetingIntent,
    options: CommandOptions = {},
  ): Promise<CommandResult> {
    return this.run(meetingId, this.plan(intent), options);
  }

  /**
   * Decides `intent` and stores nothing: the same refusals, no change (an invitation to an
   * email without an account, which must answer as one with an account does).
   */
  async rehearse(
    meetingId: string,
    intent: MeetingIntent,
    options: CommandOptions = {},
  ): Promise<void> {
    const { state } = await this.#loadExpecting(meetingId, options);
    meetingDecider.decide(timed(intent, this.#now()), state);
  }

  /** Runs a plan of its own (the seals) on the shared path: load, check, decide, append, announce. */
  async run(
    meetingId: string,
    plan: CommandPlan,
    options: CommandOptions = {},
  ): Promise<CommandResult> {
    const { state, revision } = await this.#loadExpecting(meetingId, options);
    const events = await plan.decide(state, this.#now());
    if (events.length > 0) {
      const metadata = { actor: plan.by.personId };
      await plan.append({
        stream: meetingStream(meetingId),
        events: events.map(({ type, data }) => ({ type, data, metadata })),
        expectedRevision: revision ?? 'no_stream',
      });
      await this.#catalog?.changed(meetingId);
    }
    const meeting = events.reduce(meetingDecider.evolve, state);
    if (meeting.kind !== 'scheduled')
      throw new Error('A meeting command left the meeting unscheduled.');
    return { meeting, revision: (revision ?? -1) + events.length };
  }

  /** The default plan: decide the intent, append to the meeting's stream alone. */
  plan(intent: MeetingIntent): CommandPlan {
    return {
      by: intent.data.by,
      decide: (state, at) => Promise.resolve(meetingDecider.decide(timed(intent, at), state)),
      append: async ({ stream, events, expectedRevision }) => {
        await this.#store.append(stream, events, { expectedRevision });
      },
    };
  }

  // The catalog's state of the meeting, when it has one, to read only what came after it. A
  // catalog a moment behind costs a few events more; one ahead cannot be, as it follows the log.
  #known(meetingId: string): LoadedMeeting | undefined {
    const state = this.#catalog?.get(meetingId);
    const revision = this.#catalog?.revisionOf(meetingId);
    return state === undefined || revision === undefined ? undefined : { state, revision };
  }

  #now(): string {
    return this.#clock().toISOString();
  }

  async #loadExpecting(
    meetingId: string,
    { expectedRevision }: CommandOptions,
  ): Promise<{ state: MeetingState; revision: number | undefined }> {
    const loaded = await loadMeeting(this.#store, meetingId, this.#known(meetingId));
    const actual = loaded.revision ?? -1;
    if (expectedRevision !== undefined && expectedRevision !== actual)
      throw new MeetingChangedError(expectedRevision, actual);
    return loaded;
  }
}

// The intent's union member with its time: the types cannot follow a spread across a union.
function timed(intent: MeetingIntent, at: string): MeetingCommand {
  return { type: intent.type, data: { ...intent.data, at } } as MeetingCommand;
}
