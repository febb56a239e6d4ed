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

/** The panel's History tab: whether it is the one shown, and what it shows. */
export interface SidePanelHistory {
  readonly open: boolean;
  readonly onOpen: (open: boolean) => void;
  readonly panel: ReactNode;
}

function TabButton({
  tab,
  selected,
  onSelect,
}: {
  readonly tab: 'people' | 'history';
  readonly selected: boolean;
  readonly onSelect: () => void;
}): ReactElement {
  return (
    <button
      type="button"
      role="tab"
      id={`side-tab-${tab}`}
      className="side-panel__tab-button"
      aria-selected={selected}
      aria-controls={`side-panel-${tab}`}
      tabIndex={selected ? 0 : -1}
      data-testid={`${tab}-tab`}
      onClick={onSelect}
    >
      {tab === 'people' ? 'People' : 'History'}
    </button>
  );
}

/**
 * The right-hand panel beside the sheet: the draft's status and the people in it, then what the
 * page adds (the participants, for those who manage them). With `history`, two tabs switch it
 * between those and the draft's history; both stay mounted, so neither loses what was typed.
 */
export function SidePanel({
  children,
  history,
}: {
  readonly children: ReactNode;
  readonly history?: SidePanelHistory | undefined;
}): ReactElement {
  if (history === undefined) {
    return (
      <aside className="side-panel" aria-label="Draft status and people">
        {children}
      </aside>
    );
  }
  return (
    <aside className="side-panel" aria-label="Draft status, people and history">
      <div className="side-panel__tabs" role="tablist" aria-label="Side panel">
        <TabButton
          tab="people"
          selected={!history.open}
          onSelect={() => {
            history.onOpen(false);
          }}
        />
        <TabButton
          tab="history"
          selected={history.open}
          onSelect={() => {
            history.onOpen(true);
          }}
        />
      </div>
      <div
        className="side-panel__tab"
        role="tabpanel"
        id="side-panel-people"
        aria-labelledby="side-tab-people"
        hidden={history.open}
      >
        {children}
      </div>
      <div
        className="side-panel__tab"
        role="tabpanel"
        id="side-panel-history"
        aria-labelledby="side-tab-history"
        hidden={!history.open}
      >
        {history.panel}
      </div>
    </aside>
  );
}
