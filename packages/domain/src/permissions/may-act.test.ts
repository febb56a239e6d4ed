import { describe, expect, it } from 'vitest';
import { mayAct } from './may-act.js';
import { ACTIONS, can, type Action } from './permissions.js';
import { ROLES } from './roles.js';

const open = { frozen: false } as const;
const frozen = { frozen: true } as const;

describe('mayAct: may this person do this now', () => {
  it('follows the permission table while the draft is open and no review runs', () => {
    for (const role of ROLES)
      for (const action of ACTIONS.filter((candidate) => candidate !== 'reopen'))
        expect(mayAct({ role, ...open }, action).allowed).toBe(can(role, action));
  });

  it('refuses with the sentence of the permission table when the role may not', () => {
    expect(mayAct({ role: 'delegate', ...open }, 'edit')).toEqual({
      allowed: false,
      code: 'forbidden',
      reason:
        'Only the chair, a vice-chair or the secretariat may edit the draft; you are a delegate.',
    });
    expect(mayAct({ role: undefined, ...open }, 'read')).toMatchObject({
      allowed: false,
      code: 'forbidden',
      reason: expect.stringMatching(/you are not a participant in this meeting/) as string,
    });
  });

  it('names the role before the state: a delegate hears that delegates never edit', () => {
    expect(mayAct({ role: 'delegate', ...frozen, underReview: true }, 'edit')).toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses every edit and every step of a version on a frozen draft, to every role', () => {
    const goOn: readonly Action[] = ['read', 'manage-participants', 'reopen'];
    const stopped = ACTIONS.filter((action) => !goOn.includes(action));
    // The text, every step of a version, and the review loop (comments, suggestions, settings).
    expect(stopped).toHaveLength(11);
    for (const action of stopped)
      expect(mayAct({ role: 'chair', ...frozen }, action)).toMatchObject({
        allowed: false,
        code: 'draft_frozen',
        reason: expect.stringMatching(
          /^The draft is frozen: .* until the chair reopens it\.$/,
        ) as string,
      });
  });

  it('lets people read and manage participants while the draft is frozen', () => {
    expect(mayAct({ role: 'delegate', ...frozen }, 'read')).toEqual({ allowed: true });
    expect(mayAct({ role: 'secretariat', ...frozen }, 'manage-participants')).toEqual({
      allowed: true,
    });
  });

  it('lets the chair reopen a frozen draft and nothing else reopen it', () => {
    expect(mayAct({ role: 'chair', ...frozen }, 'reopen')).toEqual({ allowed: true });
    expect(mayAct({ role: 'chair', ...open }, 'reopen')).toMatchObject({
      allowed: false,
      code: 'draft_not_frozen',
    });
    expect(mayAct({ role: 'vice-chair', ...frozen }, 'reopen')).toMatchObject({
      code: 'forbidden',
    });
  });

  describe('under review (issue #14)', () => {
    it('refuses direct edits from every role that may edit', () => {
      for (const role of ['chair', 'vice-chair', 'secretariat'] as const)
        expect(mayAct({ role, ...open, underReview: true }, 'edit')).toMatchObject({
          allowed: false,
          code: 'under_review',
          reason: expect.stringMatching(/suggestion/) as string,
        });
    });

    it('leaves the review steps to those who take them', () => {
      expect(mayAct({ role: 'vice-chair', ...open, underReview: true }, 'endorse')).toEqual({
        allowed: true,
      });
      expect(mayAct({ role: 'chair', ...open, underReview: true }, 'approve')).toEqual({
        allowed: true,
      });
    });

    it('is no review when the fact is absent or false', () => {
      expect(mayAct({ role: 'secretariat', ...open }, 'edit')).toEqual({ allowed: true });
      expect(mayAct({ role: 'secretariat', ...open, underReview: false }, 'edit')).toEqual({
        allowed: true,
      });
    });
  });
});
