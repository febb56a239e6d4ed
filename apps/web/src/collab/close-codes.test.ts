import { describe, expect, it } from 'vitest';

import { CLOSE_CODES } from '@rapporteur/collab/protocol';
import { describeClose } from './close-codes.js';

describe('describeClose', () => {
  it('tells a person whose session ended to sign in again', () => {
    expect(describeClose(CLOSE_CODES.unauthenticated.code, 'Sign in to open this draft.')).toMatch(
      /^You are signed out/,
    );
  });

  it('tells a removed participant why the draft closed', () => {
    expect(describeClose(CLOSE_CODES.forbidden.code, '')).toMatch(/no longer a participant/);
  });

  it("keeps the server's words for anything else", () => {
    expect(describeClose(4400, 'A message could not be decoded.')).toBe(
      'A message could not be decoded.',
    );
    expect(describeClose(4499, ' ')).toBe('The server closed the connection.');
  });
});
