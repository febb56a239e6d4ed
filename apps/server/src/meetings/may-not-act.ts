import type { ActVerdict, RefusalCode } from '@rapporteur/domain';
import { RapporteurError, type ErrorKind } from '@rapporteur/errors';

type Refusal = Extract<ActVerdict, { allowed: false }>;

// A role that never may is forbidden; a frozen draft is locked, as its sealed stream says
// (423); a meeting not in the state for the action yet is a conflict.
const KIND_OF_REFUSAL: Readonly<Record<RefusalCode, ErrorKind>> = {
  forbidden: 'forbidden',
  draft_frozen: 'locked',
  draft_not_frozen: 'conflict',
  under_review: 'conflict',
};

/** `mayAct` said no: its code and its sentence, as the error family carries them. */
export class MayNotActError extends RapporteurError {
  override readonly name = 'MayNotActError';
  readonly code: RefusalCode;
  readonly kind: ErrorKind;

  constructor(refusal: Refusal) {
    super(refusal.reason);
    this.code = refusal.code;
    this.kind = KIND_OF_REFUSAL[refusal.code];
  }
}
