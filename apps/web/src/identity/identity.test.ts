import { describe, expect, it } from 'vitest';

import { colorForName, initialsOf, loadIdentity, normaliseName, PALETTE } from './identity.js';

describe('identity', () => {
  it('gives the same name the same colour, from the palette', () => {
    expect(colorForName('Vladimir Minkin')).toBe(colorForName('Vladimir Minkin'));
    expect(PALETTE).toContain(colorForName('Aygun Ahmadova'));
  });

  it('spreads a working group over several colours', () => {
    const names = [
      'Vladimir Minkin',
      'Aygun Ahmadova',
      'Mario Canazza',
      'Ahmad Reza Sharafat',
      'Mansour Al-Qurashi',
      'Janet Umutesi',
    ];
    expect(new Set(names.map(colorForName)).size).toBeGreaterThanOrEqual(4);
  });

  it('tidies a typed name and refuses a blank one', () => {
    expect(normaliseName('  Ana   María  ')).toBe('Ana María');
    expect(normaliseName('   ')).toBe('');
  });

  it('reads no identity from empty or blank storage', () => {
    expect(loadIdentity({ getItem: () => null })).toBeUndefined();
    expect(loadIdentity({ getItem: () => '  ' })).toBeUndefined();
    expect(loadIdentity({ getItem: () => 'Mario Canazza' })?.name).toBe('Mario Canazza');
  });

  it('makes initials from the first and last words', () => {
    expect(initialsOf('Ana María Pérez')).toBe('AP');
    expect(initialsOf('secretariat')).toBe('S');
    expect(initialsOf('Secretariat (Ana)')).toBe('SA');
    expect(initialsOf('«  »')).toBe('?');
  });
});
