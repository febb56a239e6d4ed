import type { ReactElement, ReactNode } from 'react';

import type { CollabSession } from '../collab/collab-session.js';
import { useStore } from '../collab/use-store.js';
import { ConnectionStatus } from './connection-status.js';
import { PresenceList } from './presence-list.js';
import { SaveStatus } from './save-status.js';
import './side-panel.css';

/** Whether the draft is saved, the connection, and who is here, with their roles. */
export function DraftStatusCards({
  session,
  canEdit,
}: {
  readonly session: CollabSession;
  readonly canEdit: boolean;
}): ReactElement {
  const progress = useStore(session.saves);
  const connection = useStore(session.connection);
  const people = useStore(session.people);
  // Without the server, the others' presence cannot be known: say so rather than show them gone.
  const away =
    connection.kind === 'reconnecting' ||
    connection.kind === 'offline' ||
    connection.kind === 'closed';

  return (
    <>
      <section className="panel-card panel-card--status" aria-label="Saving and connection">
        <SaveStatus progress={progress} connection={connection} canEdit={canEdit} />
        <ConnectionStatus state={connection} />
      </section>
      <section className={`panel-card${away ? ' is-away' : ''}`} aria-labelledby="people-heading">
        <h2 className="panel-card__title" id="people-heading">
          In the draft now
          <span className="panel-card__count">{people.length}</span>
        </h2>
        <PresenceList people={people} />
        {away && (
          <p className="panel-card__note">The others reappear here once you are back online.</p>
        )}
      </section>
    </>
  );
}

/**
 * The right-hand panel beside the sheet: the draft's status and the people in it, then what the
 * page adds (the participants, for those who manage them). History and Versions will be tabs in
 * its header once they exist.
 */
export function SidePanel({ children }: { readonly children: ReactNode }): ReactElement {
  return (
    <aside className="side-panel" aria-label="Draft status and people">
      {children}
    </aside>
  );
}
