import type { VersionStatus } from '@rapporteur/domain';

import type { VersionRecord } from './version-record.js';
import type { Supersession } from './version-supersession.js';

/** How a card's badge says where a version stands, and the tone it is drawn in. */
export interface StatusBadge {
  readonly label: string;
  readonly tone: 'neutral' | 'waiting' | 'warning' | 'ok' | 'sealed';
  /** The same, as a sentence for the badge's title. */
  readonly explanation: string;
}

const TONES: { readonly [S in VersionStatus]: StatusBadge['tone'] } = {
  named: 'neutral',
  submitted: 'waiting',
  endorsed: 'waiting',
  'changes-requested': 'warning',
  approved: 'ok',
  frozen: 'sealed',
};

/**
 * "Named", "Submitted", "Endorsed by 2", "Changes requested", "Approved", "Frozen": the step
 * a version has reached, readable at a glance.
 */
export function statusBadge(
  version: Pick<VersionRecord, 'status' | 'endorsements'>,
  superseded?: Supersession,
): StatusBadge {
  if (superseded !== undefined) return supersededBadge(superseded);
  const tone = TONES[version.status];
  switch (version.status) {
    case 'named':
      return { label: 'Named', tone, explanation: 'Named; not submitted for approval yet.' };
    case 'submitted':
      return { label: 'Submitted', tone, explanation: 'Submitted; waiting for approval.' };
    case 'endorsed': {
      const count = version.endorsements.length;
      return {
        label: `Endorsed by ${count}`,
        tone,
        explanation: `Endorsed by ${count === 1 ? 'one person' : `${count} people`}; waiting for the chair’s approval.`,
      };
    }
    case 'changes-requested':
      return {
        label: 'Changes requested',
        tone,
        explanation: 'Sent back with changes requested: a new version continues the approval.',
      };
    case 'approved':
      return { label: 'Approved', tone, explanation: 'Approved by the chair; not frozen yet.' };
    case 'frozen':
      return {
        label: 'Frozen',
        tone,
        explanation: 'The draft was frozen at this version: its text is the approved summary.',
      };
  }
}

// "Superseded" instead of "Approved" or "Frozen": that text no longer stands, though its trail
// says it was approved.
function supersededBadge(superseded: NonNullable<Supersession>): StatusBadge {
  if (superseded.kind === 'edits') {
    return {
      label: 'Superseded by later edits',
      tone: 'neutral',
      explanation:
        'Approved, but the draft has moved on since: this text is no longer the one to freeze.',
    };
  }
  return {
    label: `Superseded by “${superseded.name}”`,
    tone: 'neutral',
    explanation: `Approved, then superseded: version “${superseded.name}” was approved after it.`,
  };
}
