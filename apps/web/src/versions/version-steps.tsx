import type { ReactElement } from 'react';

import { formatMoment, type Clock } from '../history/history-format.js';
import type { FrozenDraft } from '../meeting/meeting-api.js';
import type { NameOf } from '../meeting/participant-names.js';
import type { VersionRecord, VersionStep } from './version-record.js';
import './version-steps.css';

type StepKind = 'named' | 'submitted' | 'endorsed' | 'changes-requested' | 'approved' | 'frozen';

interface StepLine {
  readonly kind: StepKind;
  readonly verb: string;
  readonly step: VersionStep;
}

const line = (kind: StepKind, verb: string, step: VersionStep | null): StepLine[] =>
  step === null ? [] : [{ kind, verb, step }];

// What the person said with the step; a request for changes shows its comment below the steps.
function stepComment(kind: StepKind, step: VersionStep): string | null {
  if (kind === 'changes-requested' || !('comment' in step)) return null;
  return typeof step.comment === 'string' ? step.comment : null;
}

/** The steps a version went through, in the order they were taken. */
export function stepLines(version: VersionRecord, frozen: FrozenDraft | null): StepLine[] {
  return [
    ...line('named', 'Named', version.named),
    ...line('submitted', 'Submitted', version.submitted),
    ...version.endorsements.flatMap((step) => line('endorsed', 'Endorsed', step)),
    ...line('changes-requested', 'Changes requested', version.changesRequested),
    ...line('approved', 'Approved', version.approved),
    // The version keeps who froze it; the meeting's seal covers an older server's answer.
    ...line(
      'frozen',
      'Frozen',
      version.frozen ?? (frozen?.versionId === version.versionId ? frozen : null),
    ),
  ];
}

/** Who took each step of a version and when, and the comment of a version sent back. */
export function VersionSteps({
  version,
  frozen,
  nameOf,
  clock,
}: {
  readonly version: VersionRecord;
  readonly frozen: FrozenDraft | null;
  readonly nameOf: NameOf;
  readonly clock: Clock;
}): ReactElement {
  return (
    <>
      <ol className="version-steps" aria-label="Steps">
        {stepLines(version, frozen).map(({ kind, verb, step }) => (
          <li
            key={`${kind}:${step.by}:${step.at}`}
            className={`version-steps__step version-steps__step--${kind}`}
            data-testid="version-step"
            data-step={kind}
          >
            <span className="version-steps__dot" aria-hidden="true" />
            <span className="version-steps__verb">{verb}</span>
            <time className="version-steps__time" dateTime={step.at}>
              {formatMoment(step.at, clock)}
            </time>
            <span className="version-steps__who" title={nameOf(step.by)}>
              by {nameOf(step.by)}
            </span>
            {stepComment(kind, step) !== null && (
              <q className="version-steps__comment" data-testid="version-step-comment">
                {stepComment(kind, step)}
              </q>
            )}
          </li>
        ))}
      </ol>
      {version.changesRequested !== null && (
        <blockquote className="version-comment" data-testid="changes-requested-comment">
          {version.changesRequested.comment}
        </blockquote>
      )}
    </>
  );
}
