import type { ReactElement } from 'react';

import { DRAWINGS, LineIcon } from '../app/line-icon.js';
import type { ConnectionState } from '../collab/connection-tracker.js';
import type { SaveProgress } from '../collab/save-tracker.js';
import { describeSave, type SaveStatus as Status } from './describe-save.js';
import { useSteadySaveStatus } from './use-steady-save-status.js';
import './save-status.css';

const ICONS: Record<Status['kind'], string> = {
  saved: DRAWINGS.tick,
  saving: 'M12 4a8 8 0 1 0 8 8',
  offline:
    'M12 8v5M12 16.5h.01M10.3 3.9 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z',
  refused: DRAWINGS.alert,
  reading: DRAWINGS.eye,
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
      <LineIcon className="save-status__icon" size={20} d={ICONS[status.kind]} />
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
