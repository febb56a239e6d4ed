import { meetingDecider, roleOf, type Role, type ScheduledMeeting } from '@rapporteur/domain';
import type { EventStore, Position, RecordedEvent, Subscription } from '@rapporteur/event-store';
import { asMeetingEvent, meetingIdOf, meetingStream } from './meeting-events.js';

type Listener = (meetingId: string) => void;

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

export interface CatalogOptions {
  /**
   * Told after this instance changed a meeting, so that the other instances read the change at
   * once instead of when the log's global order reaches it (decision 21).
   */
  readonly announce?: (meetingId: string) => void;
}

interface Entry {
  readonly meeting: ScheduledMeeting | undefined;
  /** The last revision of the meeting's stream folded in. */
  readonly revision: number;
}

/**
 * Every meeting as its events make it, kept in memory and up to date from the log: the meetings
 * list, and the role of each person on every open socket. It follows the global log (catch-up,
 * then live), so on several instances each one sees every change; `refresh` reads one meeting's
 * stream at once, so that whoever just changed a meeting reads their own change.
 */
export class MeetingCatalog {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<Listener>();
  #subscription: Subscription | undefined;
  #following: Promise<void> | undefined;
  #closed = false;

  private constructor(
    private readonly store: EventStore,
    private readonly options: CatalogOptions,
  ) {}

  /** Reads every meeting event so far, then follows new ones. */
  static async open(store: EventStore, options: CatalogOptions = {}): Promise<MeetingCatalog> {
    const catalog = new MeetingCatalog(store, options);
    let after: Position | undefined;
    for (;;) {
      const page = await store.readAll({ ...(after === undefined ? {} : { after }), limit: 1000 });
      for (const event of page) catalog.#apply(event);
      const last = page[page.length - 1];
      if (last === undefined) break;
      after = last.position;
    }
    catalog.#follow(after);
    return catalog;
  }

  get(meetingId: string): ScheduledMeeting | undefined {
    return this.#entries.get(meetingId)?.meeting;
  }

  /** The last revision of the meeting's stream folded in: the ETag of what `get` gives. */
  revisionOf(meetingId: string): number | undefined {
    return this.#entries.get(meetingId)?.revision;
  }

  roleOf(meetingId: string, personId: string): Role | undefined {
    const meeting = this.get(meetingId);
    return meeting === undefined ? undefined : roleOf(meeting, personId);
  }

  /** The meetings a person takes part in; all of them for an administrator. */
  meetingsOf(person: { id: string; admin: boolean }): ScheduledMeeting[] {
    const meetings: ScheduledMeeting[] = [];
    for (const { meeting } of this.#entries.values()) {
      if (meeting !== undefined && (person.admin || meeting.participants.has(person.id)))
        meetings.push(meeting);
    }
    return meetings;
  }

  /** Folds in whatever the meeting's stream holds beyond what is known. */
  async refresh(meetingId: string): Promise<void> {
    const known = this.#entries.get(meetingId)?.revision ?? -1;
    for (const event of await this.store.readStream(meetingStream(meetingId), {
      from: known + 1,
      limit: 10_000,
    }))
      this.#apply(event);
  }

  /** This instance just changed the meeting: read the change now, and tell the other instances. */
  async changed(meetingId: string): Promise<void> {
    await this.refresh(meetingId);
    this.options.announce?.(meetingId);
  }

  /** Calls `listener` with the meeting's id after each change to a meeting. Returns an unsubscribe. */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#subscription?.close();
    await this.#following;
  }

  #follow(after: Position | undefined): void {
    const subscription = this.store.subscribe(after === undefined ? {} : { after });
    this.#subscription = subscription;
    this.#following = (async () => {
      for await (const event of subscription) {
        const meetingId = meetingIdOf(event.stream);
        const known =
          meetingId === undefined ? undefined : (this.#entries.get(meetingId)?.revision ?? -1);
        // A revision skipped means this instance missed nothing but read out of order: read the stream.
        if (meetingId !== undefined && known !== undefined && event.revision > known + 1)
          await this.#refreshUntilRead(meetingId);
        else this.#apply(event);
      }
    })().catch(() => undefined);
  }

  /**
   * Reads the meeting's stream, again and again while the database cannot answer: following
   * must outlive an outage (the subscription itself does), or this instance would stop hearing
   * of role changes and freezes for good.
   */
  async #refreshUntilRead(meetingId: string): Promise<void> {
    for (let pause = RETRY_MIN_MS; !this.#closed; pause = Math.min(pause * 2, RETRY_MAX_MS)) {
      try {
        await this.refresh(meetingId);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  #apply(event: RecordedEvent): void {
    const meetingId = meetingIdOf(event.stream);
    if (meetingId === undefined) return;
    const entry = this.#entries.get(meetingId) ?? { meeting: undefined, revision: -1 };
    if (event.revision <= entry.revision) return;
    const meetingEvent = asMeetingEvent(event);
    const state =
      meetingEvent === undefined
        ? (entry.meeting ?? meetingDecider.initialState())
        : meetingDecider.evolve(entry.meeting ?? meetingDecider.initialState(), meetingEvent);
    this.#entries.set(meetingId, {
      meeting: state.kind === 'scheduled' ? state : undefined,
      revision: event.revision,
    });
    for (const listener of this.#listeners) listener(meetingId);
  }
}
