import { ID_SOURCE } from '@rapporteur/api-contract';

/** The pages there are; the router is this small on purpose until there are more. */
export type Route =
  | { readonly kind: 'meetings' }
  | { readonly kind: 'meeting'; readonly meetingId: string }
  /** An invitation link's page (its token after '#'), open before anyone signs in. */
  | { readonly kind: 'invitation' }
  | { readonly kind: 'people' }
  | { readonly kind: 'account' }
  | { readonly kind: 'not-found' };

// The same shape the server accepts for a meeting id.
const MEETING_PATH = new RegExp(`^/meetings/(${ID_SOURCE})/?$`);

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '' || pathname === '/meetings' || pathname === '/meetings/')
    return { kind: 'meetings' };
  if (pathname === '/invitation' || pathname === '/invitation/') return { kind: 'invitation' };
  if (pathname === '/people') return { kind: 'people' };
  if (pathname === '/account') return { kind: 'account' };
  const meetingId = MEETING_PATH.exec(pathname)?.[1];
  return meetingId === undefined ? { kind: 'not-found' } : { kind: 'meeting', meetingId };
}

/** The address of a meeting's page. */
export function meetingPath(meetingId: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}`;
}
