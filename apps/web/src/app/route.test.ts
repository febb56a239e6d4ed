import { describe, expect, it } from 'vitest';

import { meetingPath, routeOf } from './route.js';

describe('routeOf', () => {
  it('lists your meetings at the root', () => {
    expect(routeOf('/')).toEqual({ kind: 'meetings' });
    expect(routeOf('/meetings')).toEqual({ kind: 'meetings' });
  });

  it('reads the meeting id from the path', () => {
    expect(routeOf('/meetings/cwg-34')).toEqual({ kind: 'meeting', meetingId: 'cwg-34' });
    expect(routeOf('/invitation')).toEqual({ kind: 'invitation' });
    expect(routeOf('/meetings/cwg-34/')).toEqual({ kind: 'meeting', meetingId: 'cwg-34' });
    expect(routeOf(meetingPath('m_01J9'))).toEqual({ kind: 'meeting', meetingId: 'm_01J9' });
  });

  it('refuses ids the server would refuse', () => {
    expect(routeOf('/meetings/a%20b')).toEqual({ kind: 'not-found' });
    expect(routeOf('/elsewhere')).toEqual({ kind: 'not-found' });
  });
});
