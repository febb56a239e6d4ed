import type { BenchClient } from '../clients/bench-client.js';
import type { ServerProcess } from './server-process.js';

/** One collaboration server under test, from starting it to connecting its clients. */
export interface Subject {
  readonly name: string;
  /** Whether it keeps drafts across a restart on this machine. */
  readonly persists: boolean;
  /** When an update counts as saved, for the report. */
  readonly durability: string;
  /** Starts the server as a child process on `dataDir`, on a free port. */
  start(dataDir: string, options?: StartOptions): Promise<ServerProcess>;
  /** Makes the drafts exist on a server started on a fresh folder, and says how to reach them. */
  createDrafts(server: ServerProcess, drafts: readonly string[]): Promise<Drafts>;
  /**
   * Resolves once the draft's text of `characters` characters is stored, so that a restart
   * finds it all. Called just before the draft's last client leaves. Says, in a few words,
   * what it found stored.
   */
  awaitStored(check: StoredCheck): Promise<string>;
  /**
   * Ours only: the demo meeting's draft, which the server seeds on its first start with the
   * imported summary, reached as the demo chair. The peers get the same content another way.
   */
  openDemoDraft?(server: ServerProcess): Promise<Drafts>;
  /**
   * Starts watching how the server stores `room`, for a server that persists: called before
   * the first edit.
   */
  watchStoring?(check: Omit<StoredCheck, 'characters'>): StoringWatch;
}

export interface StoringWatch {
  /**
   * Once the server has finished storing the room, the seconds it was still storing after
   * `since` (a `performance.now()` time: when the last update reached an observer); 0 when
   * everything was stored before.
   */
  settled(since: number, quietMs: number): Promise<number>;
  stop(): void;
}

export interface StartOptions {
  /** Ours: whether a first start creates the demo meeting (default yes, as `npm start` does). */
  readonly demoMeeting?: boolean;
}

/** The drafts made by `createDrafts`; they outlive a restart of a server that persists. */
export interface Drafts {
  /** A new client on `draft`, served by `server` (the same data folder, maybe restarted). */
  connect(server: ServerProcess, draft: string): BenchClient;
  /** The draft's room name on the server (ours: its meeting id). */
  room(draft: string): string;
}

/** A running server and its drafts: what the scenarios work on. */
export interface Target {
  readonly server: ServerProcess;
  readonly drafts: Drafts;
}

export interface StoredCheck {
  readonly server: ServerProcess;
  readonly dataDir: string;
  readonly room: string;
  readonly characters: number;
}

/** Drafts that need no creating: the room is the draft's name. */
export function draftsByName(
  connect: (server: ServerProcess, room: string) => BenchClient,
): Drafts {
  return { connect, room: (draft) => draft };
}
