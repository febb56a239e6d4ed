import type { ReactElement } from 'react';

import type { ConnectionState } from '../collab/connection-tracker.js';
import './connection-status.css';

interface Described {
  readonly label: string;
  readonly detail: string | undefined;
}

function describe(state: ConnectionState): Described {
  switch (state.kind) {
    case 'connecting':
      return { label: 'Connecting…', detail: undefined };
    case 'connected':
      return state.merged > 0
        ? {
            label: 'Connected',
            detail: `Back online: ${state.merged.toLocaleString('en-GB')} ${state.merged === 1 ? 'change' : 'changes'} made offline merged into the draft.`,
          }
        : { label: 'Connected', detail: undefined };
    case 'reconnecting':
      return {
        label: 'Reconnecting…',
        detail: 'Keep typing: your edits are kept and merged when the connection is back.',
      };
    case 'offline':
      return {
        label: 'Offline',
        detail: 'Still trying to reconnect. Your edits are kept in this tab.',
      };
    case 'closed':
      return { label: 'Disconnected', detail: state.reason };
  }
}

/** The link to the server: Connected, Reconnecting or Offline, with what that means for edits. */
export function ConnectionStatus({ state }: { readonly state: ConnectionState }): ReactElement {
  const { label, detail } = describe(state);
  const merged = state.kind === 'connected' && state.merged > 0;
  return (
    <div className={`connection-status connection-status--${state.kind}`}>
      <div className="connection-status__line">
        <span className="connection-status__dot" aria-hidden="true" />
        <span data-testid="connection-status" data-state={state.kind}>
          {label}
        </span>
      </div>
      {detail !== undefined && (
        <p
          className={`connection-status__detail${merged ? ' is-merged' : ''}`}
          role={merged ? 'status' : undefined}
        >
          {detail}
        </p>
      )}
    </div>
  );
}
