import type { ReactElement } from 'react';

import type { CollabSession } from '../collab/collab-session.js';
import { useStore } from '../collab/use-store.js';
import { ConnectionStatus } from './connection-status.js';
import { PresenceList } from './presence-list.js';
import { SaveStatus } from './save-status.js';
import './side-panel.css';

interface SidePanelProps {
  readonly session: CollabSession;
  readonly onRename: () => void;
}

/**
 * The right-hand panel: whether the draft is saved, the connection, and who is here. History
 * and Versions will be tabs in its header once they exist; until then there are no tabs.
 */
export function SidePanel({ session, onRename }: SidePanelProps): ReactElement {
  const progress = useStore(session.saves);
  const connection = useStore(session.connection);
  const people = useStore(session.people);
  // Without the server, the others' presence cannot be known: say so rather than show them gone.
  const away =
    connection.kind === 'reconnecting' ||
    connection.kind === 'offline' ||
    connection.kind === 'closed';

  return (
    <aside className="side-panel" aria-label="Draft status and people">
      <section className="panel-card panel-card--status" aria-label="Saving and connection">
        <SaveStatus progress={progress} connection={connection} />
        <ConnectionStatus state={connection} />
      </section>
      <section className={`panel-card${away ? ' is-away' : ''}`} aria-labelledby="people-heading">
        <h2 className="panel-card__title" id="people-heading">
          People
          <span className="panel-card__count">{people.length}</span>
        </h2>
        <PresenceList people={people} onRename={onRename} />
        {away && (
          <p className="panel-card__note">The others reappear here once you are back online.</p>
        )}
      </section>
    </aside>
  );
}
