import { can, type Role } from '@rapporteur/domain';
import { useState, type ReactElement } from 'react';

import { LineIcon } from '../app/line-icon.js';
import { AuthorColoursToggle } from './author-colours-toggle.js';
import { CompareForm } from './compare-form.js';
import type { PointChoices } from './draft-points.js';
import { LIVE, type HistoryView } from './history-view.js';
import { NameVersionForm } from './name-version-form.js';

type Drawer = 'compare' | 'name';

function DrawerButton({
  drawer,
  open,
  label,
  onToggle,
}: {
  readonly drawer: Drawer;
  readonly open: boolean;
  readonly label: string;
  readonly onToggle: () => void;
}): ReactElement {
  return (
    <button
      type="button"
      className={`history-tools__drawer-button${open ? ' is-open' : ''}`}
      aria-expanded={open}
      aria-controls={`history-drawer-${drawer}`}
      data-testid={`${drawer === 'compare' ? 'compare' : 'name-version'}-open`}
      onClick={onToggle}
    >
      {label}
      <LineIcon size={10} grid={12} strokeWidth={1.8} d="M3 4.5 6 7.5l3-3" />
    </button>
  );
}

/**
 * The ways to look at the draft's past besides the timeline: by author, two points compared,
 * and, for those whose role may, a name for the draft as it is now. The two forms open one at a
 * time, so that the timeline stays in sight.
 */
export function HistoryTools({
  meetingId,
  role,
  view,
  choices,
  onShow,
  onVersionNamed,
}: {
  readonly meetingId: string;
  readonly role: Role | null;
  readonly view: HistoryView;
  readonly choices: PointChoices;
  readonly onShow: (view: HistoryView) => void;
  readonly onVersionNamed: () => void;
}): ReactElement {
  const [drawer, setDrawer] = useState<Drawer>();
  const mayName = can(role ?? undefined, 'name-version');
  const toggle = (next: Drawer) => () => {
    setDrawer(drawer === next ? undefined : next);
  };
  return (
    <section className="panel-card history-tools" aria-labelledby="history-tools-heading">
      <h2 className="panel-card__title" id="history-tools-heading">
        Review the draft
      </h2>
      <AuthorColoursToggle
        on={view.kind === 'authors'}
        onChange={(on) => {
          onShow(on ? { kind: 'authors' } : LIVE);
        }}
      />
      <div className="history-tools__drawers">
        <DrawerButton
          drawer="compare"
          open={drawer === 'compare'}
          label="Compare"
          onToggle={toggle('compare')}
        />
        {mayName && (
          <DrawerButton
            drawer="name"
            open={drawer === 'name'}
            label="Name a version"
            onToggle={toggle('name')}
          />
        )}
      </div>
      {drawer === 'compare' && (
        <div className="history-tools__drawer" id="history-drawer-compare">
          <CompareForm
            choices={choices}
            onCompare={(from, to) => {
              onShow({ kind: 'compare', from, to });
            }}
          />
        </div>
      )}
      {drawer === 'name' && mayName && (
        <div className="history-tools__drawer" id="history-drawer-name">
          <p className="history-tools__note">
            A name for the draft as it is now, to compare with later or to submit for approval.
          </p>
          <NameVersionForm meetingId={meetingId} onNamed={onVersionNamed} />
        </div>
      )}
    </section>
  );
}
