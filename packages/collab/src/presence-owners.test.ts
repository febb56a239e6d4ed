import { describe, expect, it } from 'vitest';
import { PresenceOwners } from './presence-owners.js';

describe('PresenceOwners', () => {
  it('keeps the first owner of an id, whoever claims it later', () => {
    const owners = new PresenceOwners(() => false);
    owners.claim(7, 'chair');
    owners.claim(7, 'delegate');
    expect(owners.ownerOf(7)).toBe('chair');
  });

  it('forgets the oldest departed presence past its bound, never a present one', () => {
    const present = new Set([1]);
    const owners = new PresenceOwners((client) => present.has(client), 3);
    owners.claim(1, 'chair');
    owners.claim(2, 'delegate');
    owners.claim(3, 'delegate');
    owners.claim(4, 'secretariat');
    expect(owners.ownerOf(1)).toBe('chair');
    expect(owners.ownerOf(2)).toBeUndefined();
    expect(owners.ownerOf(4)).toBe('secretariat');
  });
});
