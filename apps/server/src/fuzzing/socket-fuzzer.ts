import type { FuzzScript, SocketTarget } from './frame-arbitraries.js';
import { FuzzSocket } from './fuzz-socket.js';
import { UNFIT_KIND } from './schema-breaking-arbitraries.js';
import { connectionViolation, frameViolation } from './socket-verdict.js';
import { hex } from './wire-bytes.js';

/** Where each target points: a socket URL, and whether that person may edit the draft. */
export type TargetUrls = Record<SocketTarget, { readonly url: string; readonly mayEdit: boolean }>;

/** What one script did: frames sent, closes seen, and the properties it broke. */
export interface ScriptReport {
  readonly sent: number;
  readonly closes: ReadonlyMap<number, number>;
  readonly violations: readonly string[];
  /** The frame the server took longest over, answer included. */
  readonly slowest?: { readonly ms: number; readonly kind: string };
}

const ANSWER_TIMEOUT_MS = 10_000;

/**
 * One fuzz socket slot: plays scripts frame by frame on a raw socket, waiting after each frame
 * for the server's answer or its close, so that every close is traced to the one frame that
 * caused it; reconnects when the server closed the socket.
 */
export class SocketFuzzer {
  #socket: FuzzSocket | undefined;

  constructor(private readonly targets: TargetUrls) {}

  async play(script: FuzzScript): Promise<ScriptReport> {
    const { url, mayEdit } = this.targets[script.target];
    const fullUrl = script.ack ? `${url}&ack=1` : url;
    const closes = new Map<number, number>();
    const violations: string[] = [];
    const count = (code: number | undefined) => {
      if (code !== undefined) closes.set(code, (closes.get(code) ?? 0) + 1);
    };
    if (!script.target.startsWith('draft')) {
      // A refused connection: every frame goes out at once, and the refusal is all there is to check.
      await this.#replace(undefined);
      const socket = new FuzzSocket(fullUrl);
      const outcome = await socket
        .play(script.frames, ANSWER_TIMEOUT_MS)
        .finally(() => socket.close());
      count(outcome.closed?.code);
      const violation = connectionViolation(script.target, outcome);
      if (violation !== undefined) violations.push(`${script.target}: ${violation}`);
      return { sent: outcome.sent, closes, violations };
    }
    let sent = 0;
    let slowest: { ms: number; kind: string } | undefined;
    for (const [index, frame] of script.frames.entries()) {
      const started = performance.now();
      let socket = this.#socket;
      if (socket?.url !== fullUrl || !socket.isOpen) {
        socket = new FuzzSocket(fullUrl);
        await this.#replace(socket);
      }
      let outcome = await socket.play([frame], ANSWER_TIMEOUT_MS);
      // A schema-breaking update is refused at the commit: wait for that close, so that it is
      // not taken for the next frame's.
      if (mayEdit && frame.kind.startsWith(UNFIT_KIND) && outcome.closed === undefined)
        outcome = { ...(await socket.closing(ANSWER_TIMEOUT_MS)), sent: outcome.sent };
      const ms = performance.now() - started;
      if (slowest === undefined || ms > slowest.ms) slowest = { ms, kind: frame.kind };
      sent += outcome.sent;
      count(outcome.closed?.code);
      const violation = frameViolation(frame, { mayEdit, outcome });
      if (violation !== undefined)
        violations.push(
          `frame #${index} ${frame.kind} (${hex(frame.data)}) as ${script.target}: ${violation}`,
        );
    }
    return { sent, closes, violations, ...(slowest === undefined ? {} : { slowest }) };
  }

  async close(): Promise<void> {
    await this.#replace(undefined);
  }

  async #replace(next: FuzzSocket | undefined): Promise<void> {
    await this.#socket?.close();
    this.#socket = next;
  }
}
