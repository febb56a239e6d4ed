import { documentLabel, type Role } from '@rapporteur/domain';
import type { ReactElement } from 'react';

import { FormAlert } from '../app/form-alert.js';
import { LoadingLines } from '../app/loading-lines.js';
import { NameVersionForm } from '../history/name-version-form.js';
import type { LiveState } from '../live/live-events.js';
import type { Meeting } from '../meeting/meeting-api.js';
import { participantNames } from '../meeting/participant-names.js';
import { DraftSealCard } from './draft-seal-card.js';
import { ReopenButton } from './reopen-button.js';
import { EndorsementSetting } from './endorsement-setting.js';
import { mayChangeSettings, mayNameVersion, mayReopen, versionActions } from './version-actions.js';
import { VersionCard, type CardContext } from './version-card.js';
import { supersession } from './version-supersession.js';
import type { VersionsState } from './use-versions.js';
import './versions-panel.css';

/**
 * The Versions tab of the side panel: where the document stands, a way to name the draft as it
 * is now, and the versions, newest first, each with its steps, fingerprint, files and the steps
 * this person may take. Everything follows the meeting's live events.
 */
export function VersionsPanel({
  meeting,
  viewer,
  versions,
  live,
  onChanged,
}: {
  readonly meeting: Meeting;
  /** Who looks: their role now (null once removed, or for an administrator) and their id. */
  readonly viewer: { readonly role: Role | null; readonly you: string; readonly shown: boolean };
  readonly versions: VersionsState;
  readonly live: LiveState;
  /** After a step taken here: the meeting (frozen or not) and the versions are read again. */
  readonly onChanged: () => void;
}): ReactElement {
  const { role, you, shown } = viewer;
  const frozen = meeting.frozen !== null;
  const context = { role, you, frozen, documentRevision: meeting.documentRevision };
  const clock = { now: new Date() };
  const nameOf = participantNames(meeting.participants);
  const changed = (): void => {
    versions.reload();
    onChanged();
  };
  const card: CardContext = {
    meetingId: meeting.id,
    frozen: meeting.frozen,
    documentRevision: meeting.documentRevision,
    labelOf: (revision) => documentLabel({ symbol: meeting.symbol, revision }),
    nameOf,
    clock,
    draftRevision: live.draft?.type === 'DraftUpdated' ? live.draft.revision : undefined,
    etag: versions.value?.etag,
    onChanged: changed,
  };
  const list = versions.value?.records ?? [];

  return (
    <div className="versions-panel" data-testid="versions-panel">
      <DraftSealCard
        label={meeting.documentLabel}
        frozen={meeting.frozen}
        reopened={meeting.reopened}
        underReview={meeting.underReview !== null}
        people={{ nameOf, clock }}
      >
        {!frozen && (
          <EndorsementSetting
            key={meeting.endorsementsRequired}
            meetingId={meeting.id}
            required={meeting.endorsementsRequired}
            mayChange={mayChangeSettings(context)}
            onChanged={changed}
          />
        )}
        {mayReopen(context) && meeting.frozen !== null && (
          <ReopenButton
            meetingId={meeting.id}
            frozen={meeting.frozen}
            documentRevision={meeting.documentRevision}
            nextLabel={card.labelOf(meeting.documentRevision + 1)}
            etag={card.etag}
            onReopened={changed}
          />
        )}
        {/* Mounted only while the tab is shown: the History tab has a form with the same test
            ids, and only one of them is ever on screen. */}
        {mayNameVersion(context) && shown && (
          <div className="versions-panel__name">
            <h3 className="versions-panel__subtitle">Name the current draft</h3>
            <NameVersionForm
              meetingId={meeting.id}
              inputId="versions-name-input"
              onNamed={versions.reload}
            />
          </div>
        )}
      </DraftSealCard>
      <section className="panel-card versions-list" aria-labelledby="versions-heading">
        <h2 className="panel-card__title" id="versions-heading">
          Versions
          <span className="panel-card__count">{list.length}</span>
        </h2>
        {versions.problem !== undefined && (
          <FormAlert testId="versions-problem">{versions.problem.detail}</FormAlert>
        )}
        {versions.value === undefined && versions.problem === undefined && (
          <LoadingLines className="versions-list__loading" label="Loading the versions" lines={2} />
        )}
        {versions.value !== undefined && list.length === 0 && (
          <p className="versions-list__empty" data-testid="versions-empty">
            No versions yet. A version is a name for the draft as it is at one moment: name one to
            compare with later, or to put it before the chair for approval.
          </p>
        )}
        <ol className="versions-list__cards">
          {list
            .map((version, index) => ({ version, previous: list[index - 1] }))
            .reverse()
            .map(({ version, previous }) => (
              <VersionCard
                key={version.versionId}
                version={version}
                previous={previous}
                superseded={supersession(version, list, card.draftRevision)}
                actions={versionActions(version, context)}
                context={card}
              />
            ))}
        </ol>
      </section>
    </div>
  );
}
