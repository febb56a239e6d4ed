import { ROLES } from '@rapporteur/domain';
import { describe, expect, it } from 'vitest';

import { editorsInWords, readOnlyNotice, roleLabel } from './roles.js';

describe('roles in the web app', () => {
  it('tells a delegate who edits the draft', () => {
    expect(readOnlyNotice('delegate')).toBe(
      'You are reading as a delegate: the chair, vice-chairs and secretariat edit this draft.',
    );
    expect(editorsInWords()).toBe('the chair, vice-chairs and secretariat');
  });

  it('labels the roles it knows, and no other', () => {
    expect(ROLES.map(roleLabel)).toEqual(['Chair', 'Vice-chair', 'Secretariat', 'Delegate']);
    expect(roleLabel('editor')).toBeUndefined();
    expect(roleLabel(undefined)).toBeUndefined();
  });
});
