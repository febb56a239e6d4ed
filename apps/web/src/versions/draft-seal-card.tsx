import type { ReactElement, ReactNode } from 'react';

import { DRAWINGS, LineIcon } from '../app/line-icon.js';
import { momentInSentence } from '../meeting/frozen-notice.js';
import type { Clock } from '../history/history-format.js';
import type { FrozenDraft, Reopening } from '../meeting/meeting-api.js';
import type { NameOf } from '../meeting/participant-names.js';

/**
 * Where the document stands, at the top of the Versions tab: its label, and whether it is open
 * for drafting or frozen (at which version, by whom, since when). Below that, what this person
 * can do about it (`children`): name the draft, or reopen it.
 */
export function DraftSealCard({
  label,
  frozen,
  reopened = null,
  underReview = false,
  people,
  children,
}: {
  readonly label: string;
  readonly frozen: FrozenDraft | null;
  /** The reopening that started this document revision, with the chair's reason. */
  readonly reopened?: Reopening | null;
  /** A version is under review: typing becomes suggestions until it is frozen or sent back. */
  readonly underReview?: boolean;
  readonly people: { readonly nameOf: NameOf; readonly clock: Clock };
  readonly children?: ReactNode;
}): ReactElement {
  return (
    <section
      className={`panel-card draft-seal${frozen === null ? '' : ' is-frozen'}`}
      aria-labelledby="draft-seal-heading"
      data-testid="draft-seal"
      data-frozen={frozen !== null}
    >
      <h2 className="panel-card__title" id="draft-seal-heading">
        Approval
        <span className="panel-card__count draft-seal__label" title="The document and its revision">
          {label}
        </span>
      </h2>
      {frozen === null && underReview && (
        <p className="draft-seal__state" data-testid="draft-under-review">
          <span className="draft-seal__light is-review" aria-hidden="true" />
          <strong>Under review.</strong> Everyone’s typing becomes suggestions until the chair
          freezes the draft or changes are requested.
        </p>
      )}
      {frozen === null && !underReview && (
        <p className="draft-seal__state">
          <span className="draft-seal__light" aria-hidden="true" />
          <strong>Open for drafting.</strong> The chair freezes it at an approved version.
        </p>
      )}
      {frozen === null && reopened !== null && (
        <p className="draft-seal__reopened" data-testid="draft-reopened">
          Reopened as {label} by {people.nameOf(reopened.by)} on{' '}
          {momentInSentence(reopened.at, people.clock)}
          {reopened.reason === null ? '.' : <>: “{reopened.reason}”</>}
        </p>
      )}
      {frozen !== null && (
        <div className="draft-seal__frozen">
          <LineIcon size={18} d={DRAWINGS.padlock} />
          <p className="draft-seal__state">
            <strong>Frozen</strong> at “{frozen.versionName}” by {people.nameOf(frozen.by)} on{' '}
            {momentInSentence(frozen.at, people.clock)}. Nobody can edit it until the chair reopens
            it.
          </p>
        </div>
      )}
      {children}
    </section>
  );
}
