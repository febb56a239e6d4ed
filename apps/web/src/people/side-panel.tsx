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

/** The panel's tabs: the draft's status and people, its history, its versions, the register. */
export type SideTab = 'people' | 'history' | 'versions' | 'register' | 'documents';

/** The tabs in the order they show. */
const TABS = [
  'people',
  'history',
  'versions',
  'register',
  'documents',
] as const satisfies readonly SideTab[];

const TAB_LABELS: { readonly [T in SideTab]: string } = {
  people: 'People',
  history: 'History',
  versions: 'Versions',
  register: 'Register',
  documents: 'Documents',
};

/** Which tab is shown, and what the History, Versions and Register tabs show. */
export interface SidePanelTabs {
  readonly selected: SideTab;
  readonly onSelect: (tab: SideTab) => void;
  readonly history: ReactNode;
  readonly versions: ReactNode;
  /** The disposition register: every comment and suggestion, and what became of it. */
  readonly register: ReactNode;
  /** The contributions the summary cites, with their links, and the document settings. */
  readonly documents: ReactNode;
}

function TabButton({
  tab,
  selected,
  onSelect,
}: {
  readonly tab: SideTab;
  readonly selected: boolean;
  readonly onSelect: (tab: SideTab) => void;
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
      onClick={() => {
        onSelect(tab);
      }}
    >
      {TAB_LABELS[tab]}
    </button>
  );
}

/**
 * The right-hand panel beside the sheet: the draft's status and the people in it, then what the
 * page adds (the participants, for those who manage them). With `tabs`, it switches between
 * those, the draft's history and its versions; all stay mounted, so none loses what was typed.
 */
export function SidePanel({
  children,
  tabs,
}: {
  readonly children: ReactNode;
  readonly tabs?: SidePanelTabs | undefined;
}): ReactElement {
  if (tabs === undefined) {
    return (
      <aside className="side-panel" aria-label="Draft status and people">
        {children}
      </aside>
    );
  }
  const { selected, onSelect } = tabs;
  const panels: { readonly [T in SideTab]: ReactNode } = {
    people: children,
    history: tabs.history,
    versions: tabs.versions,
    register: tabs.register,
    documents: tabs.documents,
  };
  return (
    <aside
      className="side-panel"
      aria-label="Draft status, people, history, versions, register and documents"
    >
      <div className="side-panel__tabs" role="tablist" aria-label="Side panel">
        {TABS.map((tab) => (
          <TabButton key={tab} tab={tab} selected={selected === tab} onSelect={onSelect} />
        ))}
      </div>
      {/* All stay mounted; only the selected one shows. */}
      {TABS.map((tab) => (
        <div
          key={tab}
          className="side-panel__tab"
          role="tabpanel"
          id={`side-panel-${tab}`}
          aria-labelledby={`side-tab-${tab}`}
          hidden={selected !== tab}
        >
          {panels[tab]}
        </div>
      ))}
    </aside>
  );
}
