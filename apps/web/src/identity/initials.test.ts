import { describe, expect, it } from 'vitest';

import { distinctInitials, initialsOf } from './initials.js';

describe('initialsOf', () => {
  it('makes initials from the first and last words', () => {
    expect(initialsOf('Ana María Pérez')).toBe('AP');
    expect(initialsOf('secretariat')).toBe('S');
    expect(initialsOf('«  »')).toBe('?');
  });

  it('takes the person’s own name from inside the parenthesis of "Label (Real Name)"', () => {
    expect(initialsOf('Demo Chair (Prof. Vladimir Minkin)')).toBe('VM');
    expect(initialsOf('Secretariat (Ana)')).toBe('A');
    expect(initialsOf('Working group ()')).toBe('WG');
  });

  it('skips forms of address', () => {
    expect(initialsOf('Demo Delegate (Mr Vincent Museminali)')).toBe('VM');
    expect(initialsOf('Ms Aygun Ahmadova')).toBe('AA');
    expect(initialsOf('Dr.')).toBe('D');
  });
});

describe('distinctInitials', () => {
  it('tells apart the demo chair and delegate, who would both be VM', () => {
    const initials = distinctInitials([
      'Demo Chair (Prof. Vladimir Minkin)',
      'Demo Delegate (Mr Vincent Museminali)',
      'Demo Vice-chair (Ms Aygun Ahmadova)',
    ]);
    expect(initials.get('Demo Chair (Prof. Vladimir Minkin)')).toBe('VMi');
    expect(initials.get('Demo Delegate (Mr Vincent Museminali)')).toBe('VMu');
    expect(initials.get('Demo Vice-chair (Ms Aygun Ahmadova)')).toBe('AA');
  });

  it('adds letters until the names part, and no more', () => {
    const initials = distinctInitials(['Ana Marquez', 'Alba Martin', 'Ana Perez']);
    expect(initials.get('Ana Marquez')).toBe('AMarq');
    expect(initials.get('Alba Martin')).toBe('AMart');
    expect(initials.get('Ana Perez')).toBe('AP');
  });

  it('stops when a name has no letters left to add', () => {
    const initials = distinctInitials(['Li Wu', 'Lan Wuhan', 'Li Wu']);
    expect(initials.get('Li Wu')).toBe('LWu');
    expect(initials.get('Lan Wuhan')).toBe('LWuh');
  });
});
