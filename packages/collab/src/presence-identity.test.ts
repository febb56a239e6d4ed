import { describe, expect, it } from 'vitest';
import { stampIdentity } from './presence-identity.js';

const delegate = { name: 'Ana Delegate', role: 'delegate' };

describe('stampIdentity', () => {
  it("replaces the name and role a client claims with the server's, keeping its colour and cursor", () => {
    const claimed = { user: { name: 'Demo Chair', role: 'chair', color: '#1e88e5' }, cursor: 3 };
    expect(JSON.parse(stampIdentity(JSON.stringify(claimed), delegate))).toEqual({
      user: { name: 'Ana Delegate', role: 'delegate', color: '#1e88e5' },
      cursor: 3,
    });
  });

  it('fills in a user for a state that has none, or is not an object', () => {
    for (const state of ['{}', '{"user":"chair"}', '[1,2]', '"text"', '7'])
      expect(JSON.parse(stampIdentity(state, delegate))).toMatchObject({ user: delegate });
  });

  it('leaves a removal (null) as it is', () => {
    expect(stampIdentity('null', delegate)).toBe('null');
  });
});
