import * as decoding from 'lib0/decoding';
import { WebSocket, type RawData } from 'ws';
import * as Y from 'yjs';
import type { FuzzFrame } from './frame-arbitraries.js';
import { bytes, varBytes } from './wire-bytes.js';

/** How one script ended on its socket. */
export interface SocketOutcome {
  /** Frames handed to the socket while it was open. */
  readonly sent: number;
  /** The close the server sent, when it ended the connection. */
  readonly closed?: { readonly code: number; readonly reason: string };
  /** The upgrade was answered with plain HTTP instead (a path that is no socket). */
  readonly refusedUpgrade?: string;
}

/**
 * A raw `ws` client that sends whatever it is given. After a script it sends a sync step 1 and
 * waits for the answer: frames are handled in order, so the answer (or a close) proves that the
 * server has dealt with every frame before it.
 */
export class FuzzSocket {
  readonly #ws: WebSocket;
  readonly #opened: Promise<void>;
  #answers = 0;
  #closed: { code: number; reason: string } | undefined;
  #refused: string | undefined;
  #closingOurselves = false;
  /** The server's state vector as it greeted us: asking from there keeps answers small. */
  #stateVector: Uint8Array = Uint8Array.of(0);
  #changed: () => void = () => undefined;

  constructor(readonly url: string) {
    this.#ws = new WebSocket(url);
    this.#opened = new Promise<void>((resolve) => {
      this.#ws.once('open', () => {
        resolve();
      });
      this.#ws.once('close', () => {
        resolve();
      });
    });
    this.#ws.on('message', (data: RawData) => {
      this.#read(asBytes(data));
      this.#changed();
    });
    this.#ws.on('unexpected-response', (_request, response) => {
      this.#refused = `HTTP ${response.statusCode}`;
      this.#ws.terminate();
    });
    // Sending after the server closed, or a refused upgrade: the outcome says it.
    this.#ws.on('error', () => undefined);
    this.#ws.on('close', (code: number, reason: Buffer) => {
      if (!this.#closingOurselves) this.#closed = { code, reason: reason.toString('utf8') };
      this.#changed();
    });
  }

  get isOpen(): boolean {
    return this.#ws.readyState === WebSocket.OPEN && this.#closed === undefined;
  }

  /** Sends the frames, then waits until the server has handled them (or closed the socket). */
  async play(frames: readonly FuzzFrame[], timeoutMs: number): Promise<SocketOutcome> {
    await this.#opened;
    let sent = 0;
    let expected = this.#answers + 1;
    for (const frame of frames) {
      if (this.#ws.readyState !== WebSocket.OPEN) break;
      this.#ws.send(frame.data, { binary: !frame.text });
      sent += 1;
      if (!frame.text && isSyncStep1(frame.data)) expected += 1;
    }
    if (this.#ws.readyState === WebSocket.OPEN)
      this.#ws.send(bytes(0, 0, varBytes(this.#stateVector)));
    await this.#until(
      () => this.#answers >= expected || this.#ws.readyState === WebSocket.CLOSED,
      timeoutMs,
    );
    return {
      sent,
      ...(this.#closed === undefined || this.#refused !== undefined
        ? {}
        : { closed: this.#closed }),
      ...(this.#refused === undefined ? {} : { refusedUpgrade: this.#refused }),
    };
  }

  /**
   * Waits until the server closes the socket or `timeoutMs` passes: some refusals are decided at
   * the commit, after the answer that `play` waits for.
   */
  async closing(timeoutMs: number): Promise<SocketOutcome> {
    await this.#until(() => this.#ws.readyState === WebSocket.CLOSED, timeoutMs).catch(
      () => undefined,
    );
    return { sent: 0, ...(this.#closed === undefined ? {} : { closed: this.#closed }) };
  }

  async close(): Promise<void> {
    this.#closingOurselves = this.#closed === undefined;
    if (this.#ws.readyState === WebSocket.CLOSED) return;
    const closed = new Promise<void>((resolve) => {
      this.#ws.once('close', () => {
        resolve();
      });
    });
    this.#ws.terminate();
    await closed;
  }

  #read(message: Uint8Array): void {
    // Sync step 2 is only ever an answer to a step 1; step 1 is the server's greeting.
    if (message[0] === 0 && message[1] === 1) this.#answers += 1;
    if (message[0] === 0 && message[1] === 0) {
      const decoder = decoding.createDecoder(message.subarray(2));
      this.#stateVector = decoding.readVarUint8Array(decoder).slice();
    }
  }

  async #until(condition: () => boolean, timeoutMs: number): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#changed = () => undefined;
        reject(
          new Error(`The server neither answered nor closed the socket within ${timeoutMs} ms.`),
        );
      }, timeoutMs);
      this.#changed = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.#changed = () => undefined;
        resolve();
      };
    });
  }
}

/** Whether the server will answer this frame with a sync step 2 (it decodes as a whole step 1). */
function isSyncStep1(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 0) return false;
    const stateVector = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return false;
    Y.decodeStateVector(stateVector);
    return true;
  } catch {
    return false;
  }
}

function asBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
