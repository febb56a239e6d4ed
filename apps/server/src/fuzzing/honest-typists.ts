import { decodeAckBody, MESSAGE_ACK } from '@rapporteur/collab';
import * as Y from 'yjs';
import { waitFor, type TestClient } from '../testing/collab-client.js';
import { presenceProblem, type Identity } from './presence-verdict.js';

/** Each honest typist's own letters: the fuzzer never writes into their text, so each is countable. */
const ALPHABETS = ['abcdefghijklm', 'nopqrstuvwxyz'] as const;
const KEYSTROKES_PER_ROUND = 8;
const CONVERGENCE_TIMEOUT_MS = 15_000;
/**
 * Between rounds, as people pause: back-to-back rounds stored a commit every few milliseconds
 * and left the fuzzer's frames waiting behind them, for no finding the paced load would miss.
 */
const PAUSE_BETWEEN_ROUNDS_MS = 50;

/**
 * Honest y-websocket clients typing while the fuzzer runs, in rounds: each types a few letters
 * at the end of the text, then all must converge to one text holding exactly what each typed,
 * in order. A round that does not converge in time fails the run.
 */
export class HonestTypists {
  readonly typed: string[];
  rounds = 0;
  slowestRoundMs = 0;
  /** Closes of the honest clients' sockets: the fuzzer must not disturb them. */
  readonly disconnects: string[] = [];
  /** The clock up to which each client's own edits are acknowledged as stored (`?ack=1`). */
  readonly #acked: number[];

  /**
   * `identities`: each client's person as the server knows them; `participants`: everyone whose
   * name and role a presence may show. Each round, the typists' presence is checked too.
   */
  constructor(
    readonly clients: readonly TestClient[],
    private readonly people: {
      readonly identities: readonly Identity[];
      readonly participants: readonly Identity[];
    },
  ) {
    if (clients.length > ALPHABETS.length) throw new Error(`At most ${ALPHABETS.length} typists.`);
    this.typed = clients.map(() => '');
    this.#acked = clients.map(() => 0);
    for (const [index, client] of clients.entries())
      client.provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
        const clock = decodeAckBody(decoder).get(client.doc.clientID);
        if (clock !== undefined) this.#acked[index] = Math.max(this.#acked[index] ?? 0, clock);
      };
    for (const [index, client] of clients.entries())
      client.provider.awareness.setLocalStateField('user', {
        ...people.identities[index],
        color: '#1e88e5',
      });
    for (const [index, client] of clients.entries()) {
      client.provider.on('connection-close', (event: { code?: number; reason?: string } | null) => {
        this.disconnects.push(
          `typist ${index}: close ${event?.code ?? '?'} ${event?.reason ?? ''}`,
        );
      });
    }
  }

  /** Types and checks rounds until `done()` says the fuzzer has finished. */
  async typeUntil(done: () => boolean): Promise<void> {
    while (!done()) {
      await this.round();
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_ROUNDS_MS));
    }
  }

  /** Whether every client shows one and the same text, holding every letter typed so far. */
  converged(): boolean {
    // Lengths first: reading the whole text on every poll grew with the text, round after round.
    const typed = this.typed.reduce((sum, letters) => sum + letters.length, 0);
    if (this.clients.some((client) => client.text.length < typed)) return false;
    const [first, ...others] = this.clients.map((client) => client.text.toJSON());
    if (first === undefined || others.some((text) => text !== first)) return false;
    return this.typed.every((typed, index) => onlyLetters(first, alphabetOf(index)) === typed);
  }

  /** What differs, for a report: each client's text length and how its letters differ from what was typed. */
  describeDivergence(): string {
    return this.clients
      .map((client, index) => {
        const text = client.text.toJSON();
        const letters = this.typed.map((typed, typist) => {
          const seen = onlyLetters(text, alphabetOf(typist));
          return seen === typed
            ? 'ok'
            : `typist ${typist}: saw ${seen.length} of ${typed.length} letters`;
        });
        return `client ${index}: ${text.length} characters (${letters.join(', ')})`;
      })
      .join('; ');
  }

  /** Which client has edits not yet acknowledged, or undefined. */
  unacknowledged(): string | undefined {
    for (const [index, client] of this.clients.entries()) {
      const own = Y.getState(client.doc.store, client.doc.clientID);
      const acked = this.#acked[index] ?? 0;
      if (acked < own) return `typist ${index}: acknowledged up to ${acked} of ${own}`;
    }
    return undefined;
  }

  async round(): Promise<void> {
    const started = Date.now();
    const round = this.rounds + 1;
    // A presence change each round: a forger who locked a typist's presence would stop it.
    for (const client of this.clients) client.provider.awareness.setLocalStateField('round', round);
    for (let keystroke = 0; keystroke < KEYSTROKES_PER_ROUND; keystroke += 1) {
      for (const [index, client] of this.clients.entries()) {
        const alphabet = alphabetOf(index);
        const sofar = this.typed[index] ?? '';
        const letter = alphabet.charAt(sofar.length % alphabet.length);
        // At the end, as a person writes: each one's letters keep their order in any merge.
        client.text.insert(client.text.length, letter);
        this.typed[index] = sofar + letter;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitFor(
      () => this.converged(),
      `the honest clients to converge in round ${this.rounds + 1}`,
      CONVERGENCE_TIMEOUT_MS,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)} ${this.describeDivergence()}`);
    });
    // Connected with ?ack=1: every keystroke of the round must be acknowledged as stored.
    await waitFor(
      () => this.unacknowledged() === undefined,
      `every honest keystroke of round ${round} to be acknowledged`,
      CONVERGENCE_TIMEOUT_MS,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)} ${this.unacknowledged() ?? ''}`);
    });
    const presence = () => presenceProblem(this.clients, { ...this.people, round });
    await waitFor(
      () => presence() === undefined,
      `the honest presences in round ${round}`,
      CONVERGENCE_TIMEOUT_MS,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)} ${presence() ?? ''}`);
    });
    this.rounds += 1;
    this.slowestRoundMs = Math.max(this.slowestRoundMs, Date.now() - started);
  }
}

function onlyLetters(text: string, alphabet: string): string {
  // The alphabets are ASCII: a code unit is a letter.
  let letters = '';
  for (let index = 0; index < text.length; index += 1) {
    if (alphabet.includes(text.charAt(index))) letters += text.charAt(index);
  }
  return letters;
}

function alphabetOf(typist: number): string {
  return ALPHABETS[typist] ?? ALPHABETS[0];
}
