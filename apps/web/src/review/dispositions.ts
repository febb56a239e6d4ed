import type { Disposition } from './review-api.js';

/** How a disposition reads in the margin and the register. */
export const DISPOSITION_LABELS: { readonly [D in Disposition]: string } = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  noted: 'Noted',
  resolved: 'Resolved',
};

/** A register row's disposition, 'open' included. */
export function dispositionLabel(disposition: Disposition | 'open'): string {
  return disposition === 'open' ? 'Open' : DISPOSITION_LABELS[disposition];
}
