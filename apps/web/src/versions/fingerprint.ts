/** How many hex characters a card shows of a fingerprint, as the exports' footers do. */
export const SHORT_FINGERPRINT = 12;

/**
 * A version's fingerprint (its chain hash, 64 hex characters) as a card shows it: the first
 * twelve, enough to tell two versions apart by eye and to match an exported file's footer.
 * Anything that is not hex is shown as it is.
 */
export function shortFingerprint(hash: string): string {
  return /^[0-9a-f]+$/i.test(hash) ? hash.slice(0, SHORT_FINGERPRINT).toLowerCase() : hash;
}
