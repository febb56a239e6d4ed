import type { ReactElement } from 'react';

import type { ConnectionState } from '../collab/connection-tracker.js';
import type { SaveProgress } from '../collab/save-tracker.js';
import { describeSave, type SaveStatus as Status } from './describe-save.js';
import { useSteadySaveStatus } from './use-steady-save-status.js';
import './save-status.css';

const ICONS: Record<Status['kind'], string> = {
  saved: 'M5 12.5 10 17l9-10',
  saving: 'M12 4a8 8 0 1 0 8 8',
  offline:
    'M12 8v5M12 16.5h.01M10.3 3.9 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
  refused: 'M12 8v5M12 16.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  reading:
    'M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12ZM12 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
};

interface SaveStatusProps {
  readonly progress: SaveProgress;
  readonly connection: ConnectionState;
  /** False for someone who may only read the draft. */
  readonly canEdit: boolean;
}

/**
 * The save indicator: "Saved" only once the server has acknowledged every edit of this browser
 * as durable. `data-testid="save-status"` holds exactly the label, for tests to read.
 */
export function SaveStatus({ progress, connection, canEdit }: SaveStatusProps): ReactElement {
  const status = useSteadySaveStatus(describeSave(progress, connection, { canEdit }));
  return (
    <div className={`save-status save-status--${status.kind}`} role="status" aria-live="polite">
      <svg
        className="save-status__icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={ICONS[status.kind]} />
      </svg>
      <div className="save-status__text">
        <span className="save-status__label" data-testid="save-status" data-state={status.kind}>
          {status.label}
        </span>
        {status.detail !== undefined && (
          <span className="save-status__detail">{status.detail}</span>
        )}
      </div>
    </div>
  );
}
