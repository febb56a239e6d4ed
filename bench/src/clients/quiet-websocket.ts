import { WebSocket, type ClientOptions } from 'ws';

/**
 * `ws` with an error listener of its own. Providers detach their handlers before closing, and
 * `ws` throws on an `error` event nobody listens to: closing a socket that is still connecting
 * would end the bench. The providers' own handlers still see every error.
 */
export class QuietWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[], options?: ClientOptions) {
    super(address, protocols, options);
    this.on('error', () => undefined);
  }
}
