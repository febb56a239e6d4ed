import type { WebsocketProvider } from 'y-websocket';

import { describeClose } from './close-codes.js';
import { createStore, type ReadableStore } from './store.js';
import type { SaveProgress } from './save-tracker.js';

/** What the connection to the server is doing, as a person needs to know it. */
export type ConnectionState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected'; readonly merged: number }
  | { readonly kind: 'reconnecting' }
  | { readonly kind: 'offline' }
  /** The server closed the connection for good (a 44xx code): `code` says why. */
  | { readonly kind: 'closed'; readonly code: number; readonly reason: string };

export interface ConnectionTracker extends ReadableStore<ConnectionState> {
  readonly destroy: () => void;
}

/** After this long without the server, "Reconnecting" becomes "Offline" (retries go on). */
const OFFLINE_AFTER_MS = 8000;
/** How long "N offline changes merged" stays in the status after a reconnect. */
const MERGED_NOTICE_MS = 6000;

const sameState = (a: ConnectionState, b: ConnectionState): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Connected means synced: the server's content is here, not merely an open socket. The provider
 * reconnects by itself with backoff; this reports it, and when edits made while away reach the
 * server after a reconnect, says so for a few seconds.
 */
export function trackConnection(
  provider: WebsocketProvider,
  saves: ReadableStore<SaveProgress>,
): ConnectionTracker {
  const store = createStore<ConnectionState>({ kind: 'connecting' }, sameState);
  let everConnected = false;
  let offlineTimer: ReturnType<typeof setTimeout> | undefined;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  // Unsaved edits carried over a disconnection, waiting to be merged by the server.
  let carried = 0;

  const startOfflineTimer = (): void => {
    offlineTimer = setTimeout(() => {
      const { kind } = store.getSnapshot();
      if (kind === 'connecting' || kind === 'reconnecting') store.set({ kind: 'offline' });
    }, OFFLINE_AFTER_MS);
  };

  const clearTimers = (): void => {
    clearTimeout(offlineTimer);
    clearTimeout(noticeTimer);
  };

  const onSync = (synced: boolean): void => {
    if (!synced) return;
    clearTimers();
    const wasAway = everConnected;
    everConnected = true;
    carried = wasAway ? Math.max(carried, saves.getSnapshot().unsaved) : 0;
    store.set({ kind: 'connected', merged: 0 });
    checkMerged();
  };

  const lost = (): void => {
    if (store.getSnapshot().kind === 'closed') return;
    if (!everConnected) return;
    carried = Math.max(carried, saves.getSnapshot().unsaved);
    const state = store.getSnapshot().kind;
    if (state === 'reconnecting' || state === 'offline') return;
    clearTimers();
    store.set(navigator.onLine ? { kind: 'reconnecting' } : { kind: 'offline' });
    startOfflineTimer();
  };

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status === 'disconnected') lost();
  };

  const onClosed = ({ code, reason }: { code: number; reason: string }): void => {
    clearTimers();
    store.set({ kind: 'closed', code, reason: describeClose(code, reason) });
  };

  // Edits made while away count as merged once the server has stored all of them.
  const checkMerged = (): void => {
    const state = store.getSnapshot();
    if (state.kind !== 'connected' || carried === 0 || saves.getSnapshot().unsaved > 0) return;
    const merged = carried;
    carried = 0;
    store.set({ kind: 'connected', merged });
    noticeTimer = setTimeout(() => {
      if (store.getSnapshot().kind === 'connected') store.set({ kind: 'connected', merged: 0 });
    }, MERGED_NOTICE_MS);
  };
  const stopWatchingSaves = saves.subscribe(checkMerged);

  const onOffline = (): void => {
    const { kind } = store.getSnapshot();
    if (kind === 'connecting' || kind === 'reconnecting') store.set({ kind: 'offline' });
  };
  // The browser knows before the socket does: try at once instead of waiting out the backoff.
  const onOnline = (): void => {
    if (!provider.wsconnected && store.getSnapshot().kind !== 'closed') provider.connect();
  };

  // A server that is down when the page opens reads as offline too, not as endless connecting.
  startOfflineTimer();
  provider.on('sync', onSync);
  provider.on('status', onStatus);
  provider.on('closed', onClosed);
  // One abort removes both of the browser's listeners.
  const browserListeners = new AbortController();
  window.addEventListener('offline', onOffline, { signal: browserListeners.signal });
  window.addEventListener('online', onOnline, { signal: browserListeners.signal });

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    destroy() {
      clearTimers();
      stopWatchingSaves();
      provider.off('sync', onSync);
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
      browserListeners.abort();
    },
  };
}
