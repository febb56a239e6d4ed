import type { ReactElement } from 'react';

import { DRAWINGS, LineIcon } from '../app/line-icon.js';
import type { Clock } from '../history/history-format.js';
import type { FrozenDraft } from '../meeting/meeting-api.js';
import type { NameOf } from '../meeting/participant-names.js';
import { FingerprintChip } from './fingerprint-chip.js';
import type { VersionAction } from './version-actions.js';
import { VersionActionsBar } from './version-actions-bar.js';
import { VersionExports } from './version-exports.js';
import type { VersionRecord } from './version-record.js';
import { statusBadge } from './version-status.js';
import type { Supersession } from './version-supersession.js';
import { VersionSteps } from './version-steps.js';
import './version-card.css';

/** What a card needs of the meeting around it. */
export interface CardContext {
  readonly meetingId: string;
  readonly frozen: FrozenDraft | null;
  /** The meeting's document revision now: versions of an earlier one are closed. */
  readonly documentRevision: number;
  /** The document's label at the version's revision: 'CWG-WSIS&SDG-34 Rev.1'. */
  readonly labelOf: (documentRevision: number) => string;
  readonly nameOf: NameOf;
  readonly clock: Clock;
  /** The draft's latest revision as the live events told it, if the draft moved since. */
  readonly draftRevision: number | undefined;
  /** The meeting's ETag as the versions were read: a step sends it, so it acts on what it shows. */
  readonly etag: string | undefined;
  readonly onChanged: () => void;
}

/** Why a card offers no step: it waits for someone else, or its document revision is closed. */
function CardNote({
  version,
  actions,
  context,
}: {
  readonly version: VersionRecord;
  readonly actions: readonly VersionAction[];
  readonly context: CardContext;
}): ReactElement | null {
  if (version.documentRevision < context.documentRevision && version.status !== 'frozen') {
    return (
      <p className="version-card__note">
        Closed: {context.labelOf(version.documentRevision)} was frozen at another version.
      </p>
    );
  }
  const waiting = version.status === 'submitted' || version.status === 'endorsed';
  if (!waiting || actions.length > 0 || context.frozen !== null) return null;
  return <p className="version-card__note">Waiting for the chair’s approval.</p>;
}

/**
 * One version: its name and where it stands, the revision it names, who took each step and
 * when, its fingerprint, its files, and the steps this person may take on it now.
 */
export function VersionCard({
  version,
  previous,
  superseded,
  actions,
  context,
}: {
  readonly version: VersionRecord;
  readonly previous: VersionRecord | undefined;
  /** What took its place, when it was approved and no longer stands. */
  readonly superseded?: Supersession;
  readonly actions: readonly VersionAction[];
  readonly context: CardContext;
}): ReactElement {
  const badge = statusBadge(version, superseded);
  // Edits after the approval make a freeze fail: say so before the chair tries.
  const moved =
    actions.includes('freeze') &&
    context.draftRevision !== undefined &&
    context.draftRevision > version.draftRevision;
  return (
    <li
      className={`version-card version-card--${badge.tone}`}
      data-testid="version-card"
      data-status={version.status}
      data-superseded={superseded === undefined ? undefined : 'true'}
      data-version-id={version.versionId}
      data-document-revision={version.documentRevision}
    >
      <div className="version-card__head">
        <h3 className="version-card__name">{version.name}</h3>
        <span
          className={`version-badge version-badge--${badge.tone}`}
          title={badge.explanation}
          data-testid="version-status"
        >
          {badge.tone === 'sealed' && <LineIcon size={11} strokeWidth={2.4} d={DRAWINGS.padlock} />}
          {badge.label}
        </span>
      </div>
      <p className="version-card__meta">
        <span>{context.labelOf(version.documentRevision)}</span>
        <span aria-hidden="true">·</span>
        <span>Revision {version.draftRevision}</span>
      </p>
      <VersionSteps
        version={version}
        frozen={context.frozen}
        nameOf={context.nameOf}
        clock={context.clock}
      />
      <FingerprintChip hash={version.chainHash} />
      <VersionExports meetingId={context.meetingId} version={version} previous={previous} />
      {moved && (
        <p className="version-card__warning" data-testid="version-moved">
          The draft was edited after this approval (it is at revision {context.draftRevision}): a
          freeze would be refused. Name, submit and approve the draft as it is now.
        </p>
      )}
      <CardNote version={version} actions={actions} context={context} />
      {actions.length > 0 && (
        <VersionActionsBar
          meetingId={context.meetingId}
          version={version}
          actions={actions}
          etag={context.etag}
          onChanged={context.onChanged}
        />
      )}
    </li>
  );
}
