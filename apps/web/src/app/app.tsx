import { useEffect, useState, type ReactElement } from 'react';

import { MeetingPage } from '../meeting/meeting-page.js';
import { NotFoundPage } from './not-found-page.js';
import { routeOf } from './route.js';

/** The address to show: a redirect replaces the current history entry instead of adding one. */
function settle(pathname: string): string {
  const route = routeOf(pathname);
  if (route.kind !== 'redirect') return pathname;
  window.history.replaceState(null, '', route.to);
  return route.to;
}

/** Picks the page from the address; `/` opens the demo meeting. */
export function App(): ReactElement {
  const [pathname, setPathname] = useState(() => settle(window.location.pathname));

  useEffect(() => {
    const onPopState = (): void => {
      setPathname(settle(window.location.pathname));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  const route = routeOf(pathname);
  switch (route.kind) {
    case 'meeting':
      // Keyed: another meeting is a fresh page, with its own document and connection.
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} />;
    case 'redirect':
    case 'not-found':
      return (
        <NotFoundPage
          title="There is nothing at this address"
          detail="Each meeting's draft has its own address, such as /meetings/demo."
        />
      );
  }
}
