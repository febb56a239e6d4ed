import { documentLabel } from '../document/document.js';
import type { RecordedActor } from '../event.js';
import type { NamedRevision } from './version.events.js';

/**
 * Where a version is in the workflow:
 * named -> submitted -> (endorsed) -> approved -> frozen, or submitted -> changes-requested.
 * A frozen version stays 'frozen' after the draft is reopened: it is the text of its revision.
 */
export type VersionStatus =
  'named' | 'submitted' | 'endorsed' | 'changes-requested' | 'approved' | 'frozen';

/** When and by whom a step was taken. */
export type Stamp = { readonly at: string; readonly by: RecordedActor };

/** A step taken on a version, with what its taker said (null when nothing). */
export type Step = Stamp & { readonly comment: string | null };

/** A name for one revision of the draft stream; nothing is copied, the log holds the text. */
export type Version = NamedRevision & {
  readonly status: VersionStatus;
  readonly named: Stamp;
  readonly submitted: Step | undefined;
  /** In the order given; one per person. */
  readonly endorsements: readonly Step[];
  readonly changesRequested: (Stamp & { readonly comment: string }) | undefined;
  readonly approved: Step | undefined;
  /** Who froze the draft at this version; kept after a reopening, as the version's history. */
  readonly frozen: Step | undefined;
};

/** The seal on a frozen draft: the version it was frozen at. */
export type FrozenDraft = Stamp & { readonly versionId: string };

/**
 * How exports name the document at its current revision, `symbol` being the summary's own
 * (the meeting's symbol unless given). Example: 'S19-CWGWSIS34-C-0001', after one reopening
 * 'S19-CWGWSIS34-C-0001 Rev.1'.
 */
export function documentRevisionLabel(
  meeting: { readonly symbol: string; readonly documentRevision: number },
  symbol: string = meeting.symbol,
): string {
  return documentLabel({ symbol, revision: meeting.documentRevision });
}

/** How exports name the document revision a version belongs to: 'CWG-WSIS&SDG-34 Rev.1'. */
export function versionDocumentLabel(
  meeting: { readonly symbol: string },
  version: Pick<Version, 'documentRevision'>,
  symbol: string = meeting.symbol,
): string {
  return documentLabel({ symbol, revision: version.documentRevision });
}

/**
 * A version as a sentence names it, by its name: 'version "Draft summary"'. When another of
 * `among` shares the name, the document revision (or the draft revision) tells them apart:
 * 'version "Final" of Rev.1'. Ids are for machines, so a sentence never shows one.
 */
export function versionInSentence(
  version: Pick<Version, 'versionId' | 'name' | 'documentRevision' | 'draftRevision'>,
  among: Iterable<Pick<Version, 'versionId' | 'name' | 'documentRevision'>> = [],
): string {
  const named = `version "${version.name}"`;
  const namesakes = [...among].filter(
    (other) => other.versionId !== version.versionId && other.name === version.name,
  );
  if (namesakes.length === 0) return named;
  const sameRevision = namesakes.some(
    (other) => other.documentRevision === version.documentRevision,
  );
  if (sameRevision) return `${named} at draft revision ${version.draftRevision}`;
  const revision =
    version.documentRevision === 0 ? 'the original' : `Rev.${version.documentRevision}`;
  return `${named} of ${revision}`;
}
