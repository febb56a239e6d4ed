import { describe, expect, it } from 'vitest';

import { describeSave } from './describe-save.js';

const connected = { kind: 'connected', merged: 0 } as const;

describe('describeSave', () => {
  it('says Saved only when nothing is left unacknowledged', () => {
    expect(describeSave({ unsaved: 0, refused: undefined }, connected).label).toBe('Saved');
    expect(describeSave({ unsaved: 3, refused: undefined }, connected).label).toBe('Saving…');
  });

  it('counts the unsaved changes while offline', () => {
    expect(describeSave({ unsaved: 1, refused: undefined }, { kind: 'offline' }).label).toBe(
      'Offline: 1 unsaved change',
    );
    expect(
      describeSave({ unsaved: 1204, refused: undefined }, { kind: 'reconnecting' }).label,
    ).toBe('Offline: 1,204 unsaved changes');
  });

  it('is still Saved when offline with everything stored', () => {
    expect(describeSave({ unsaved: 0, refused: undefined }, { kind: 'offline' }).kind).toBe(
      'saved',
    );
  });

  it('gives the server reason when an edit was refused', () => {
    const status = describeSave({ unsaved: 2, refused: 'This draft is frozen.' }, connected);
    expect(status).toMatchObject({ kind: 'refused', detail: 'This draft is frozen.' });
  });

  it('tells someone who may only read that they read, not that they saved', () => {
    const status = describeSave({ unsaved: 0, refused: undefined }, connected, { canEdit: false });
    expect(status).toMatchObject({ kind: 'reading', label: 'Read only' });
  });
});
