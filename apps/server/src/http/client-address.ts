/**
 * The address a client's requests count against (sign-in attempts, socket limits): the peer
 * that connected, or, behind a reverse proxy that appends it (`TRUST_PROXY=true`), the last
 * X-Forwarded-For entry. Earlier entries are whatever the client wrote: never trusted.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  trustProxy: boolean,
): string {
  const fallback = peer ?? 'unknown';
  if (!trustProxy) return fallback;
  const last = (typeof forwardedFor === 'string' ? forwardedFor : (forwardedFor ?? []).join(','))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .pop();
  return last ?? fallback;
}
