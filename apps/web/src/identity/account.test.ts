import { describe, expect, it } from 'vitest';

import type { ApiResult } from '../api/http.js';
import { accountStateOf, looksLikeEmail, setupProblems, tidyName } from './account.js';
import { parseUser, type User } from './account-api.js';

const user: User = {
  id: 'u1',
  email: 'chair@example.org',
  name: 'Demo Chair',
  admin: false,
  mayCreateMeetings: false,
};
const needsSetup = (value: boolean): ApiResult<boolean> => ({ ok: true, value });
const signedIn: ApiResult<User> = { ok: true, value: user };
const problem = (status: number, code: string): ApiResult<never> => ({
  ok: false,
  problem: { status, code, detail: `${code}.` },
});

describe('the account state at start-up', () => {
  it('asks only for the first administrator on a fresh installation', () => {
    expect(accountStateOf(needsSetup(true), problem(401, 'unauthenticated'))).toEqual({
      kind: 'setup',
    });
  });

  it('signs in whoever the session cookie names, or asks to sign in', () => {
    expect(accountStateOf(needsSetup(false), signedIn)).toEqual({ kind: 'signed-in', user });
    expect(accountStateOf(needsSetup(false), problem(401, 'unauthenticated'))).toEqual({
      kind: 'signed-out',
    });
  });

  it('says so when the server cannot be reached', () => {
    expect(accountStateOf(problem(0, 'unreachable'), problem(0, 'unreachable'))).toEqual({
      kind: 'unreachable',
      detail: 'unreachable.',
    });
  });
});

describe('the account as the server gives it', () => {
  it('reads whether the account may create meetings (only administrators, unless told)', () => {
    const body = { id: 'u1', email: 'a@example.org', name: 'Ana' };
    expect(parseUser({ ...body, admin: false, mayCreateMeetings: true })).toMatchObject({
      mayCreateMeetings: true,
    });
    expect(parseUser({ ...body, admin: false })).toMatchObject({ mayCreateMeetings: false });
    expect(parseUser({ ...body, admin: true })).toMatchObject({ mayCreateMeetings: true });
  });
});

describe('the first administrator form', () => {
  it('accepts an address, a name and a long enough password', () => {
    expect(
      setupProblems({
        email: 'admin@example.org',
        name: 'Ana',
        password: 'correct horse',
        setupCode: 'K7QF-2M9X-HC4T-8WZD',
      }),
    ).toEqual({});
  });

  it('says what is wrong with each field', () => {
    expect(
      setupProblems({ email: 'admin', name: '  ', password: 'short', setupCode: ' ' }),
    ).toEqual({
      setupCode: 'Enter the setup code the server printed on its console when it started.',
      email: 'Enter an email address, such as name@example.org.',
      name: 'Enter the name the summary will print.',
      password: 'Use at least 10 characters.',
    });
  });

  it('tidies names and recognises addresses', () => {
    expect(tidyName('  Ana   María ')).toBe('Ana María');
    expect(looksLikeEmail(' a@b.org ')).toBe(true);
    expect(looksLikeEmail('a b@c.org')).toBe(false);
  });
});
