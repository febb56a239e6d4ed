import { describe, expect, it } from 'vitest';

import { draftOrigin, serverConnectionId } from './draft-origin.js';

const who = { actor: 'u1', name: 'Sara', role: 'secretariat' };

describe('the origin of a stored draft update', () => {
  it('is the one the server recorded for its own updates', () => {
    const connection = serverConnectionId('u1');
    expect(draftOrigin({ ...who, connection, origin: 'import' })).toBe('import');
    expect(draftOrigin({ ...who, connection, origin: 'repair' })).toBe('repair');
  });

  it('is an editor for an update that came over a socket', () => {
    expect(draftOrigin({ ...who, connection: 'c-7f3a', clients: [12] })).toBe('editor');
    expect(draftOrigin({ ...who, connection: 'suggestion-s1' })).toBe('editor');
  });

  it('is unknown for a server update stored before origins were recorded', () => {
    expect(draftOrigin({ ...who, connection: serverConnectionId('u1') })).toBe('unknown');
    expect(draftOrigin({ actor: 'system', name: 'Rapporteur (demo import)', role: 'system' })).toBe(
      'unknown',
    );
  });

  it('ignores an origin it does not know', () => {
    expect(draftOrigin({ ...who, connection: 'c-1', origin: 'paste' })).toBe('editor');
  });
});
