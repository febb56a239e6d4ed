import { describe, expect, it } from 'vitest';

import { routeOf } from './route.js';

describe('routeOf', () => {
  it('opens the demo meeting from the root', () => {
    expect(routeOf('/')).toEqual({ kind: 'redirect', to: '/meetings/demo' });
  });

  it('reads the meeting id from the path', () => {
    expect(routeOf('/meetings/cwg-34')).toEqual({ kind: 'meeting', meetingId: 'cwg-34' });
    expect(routeOf('/meetings/cwg-34/')).toEqual({ kind: 'meeting', meetingId: 'cwg-34' });
  });

  it('refuses ids the server would refuse', () => {
    expect(routeOf('/meetings/a%20b')).toEqual({ kind: 'not-found' });
    expect(routeOf('/elsewhere')).toEqual({ kind: 'not-found' });
  });
});
