/** The pages there are; the router is this small on purpose until there are more. */
export type Route =
  | { readonly kind: 'meeting'; readonly meetingId: string }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'not-found' };

/** The meeting opened at `/`, until there is a list of meetings to choose from. */
export const DEFAULT_MEETING_ID = 'demo';

// The same shape the server accepts for a meeting id.
const MEETING_PATH = /^\/meetings\/([A-Za-z0-9_-]{1,64})\/?$/;

export function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '')
    return { kind: 'redirect', to: `/meetings/${DEFAULT_MEETING_ID}` };
  const meetingId = MEETING_PATH.exec(pathname)?.[1];
  return meetingId === undefined ? { kind: 'not-found' } : { kind: 'meeting', meetingId };
}
