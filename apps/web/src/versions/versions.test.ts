import { can, ROLES } from '@rapporteur/domain';
import { describe, expect, it } from 'vitest';

import { shortFingerprint } from './fingerprint.js';
import type { VersionRecord } from './version-record.js';
import {
  mayNameVersion,
  mayReopen,
  versionActions,
  type ActionContext,
} from './version-actions.js';
import { statusBadge } from './version-status.js';
import { parseVersionRecord } from './versions-parse.js';

const HASH = '3f2a91bc0d4e7f5566778899aabbccddeeff00112233445566778899aabbccdd';
const step = (by: string) => ({ at: '2026-03-12T10:00:00.000Z', by });

const named: VersionRecord = {
  versionId: 'v1',
  name: 'Final',
  draftRevision: 40,
  documentRevision: 0,
  status: 'named',
  contentHash: HASH,
  chainHash: HASH,
  named: step('u-secretariat'),
  submitted: null,
  endorsements: [],
  changesRequested: null,
  approved: null,
  frozen: null,
};
const submitted: VersionRecord = {
  ...named,
  status: 'submitted',
  submitted: { ...step('u-sec'), comment: null },
};
const endorsed: VersionRecord = {
  ...submitted,
  status: 'endorsed',
  endorsements: [
    { ...step('u-vice-chair'), comment: null },
    { ...step('u-chair'), comment: null },
  ],
};
const approved: VersionRecord = {
  ...endorsed,
  status: 'approved',
  approved: { ...step('u-chair'), comment: null },
};

const open = (role: ActionContext['role']): ActionContext => ({
  role,
  you: `u-${role ?? 'admin'}`,
  frozen: false,
  documentRevision: 0,
});

describe('the status of a version, at a glance', () => {
  it('says each step in a word or two, and how many endorsed', () => {
    expect(statusBadge(named).label).toBe('Named');
    expect(statusBadge(submitted).label).toBe('Submitted');
    expect(statusBadge(endorsed)).toMatchObject({ label: 'Endorsed by 2', tone: 'waiting' });
    expect(statusBadge({ ...named, status: 'changes-requested' })).toMatchObject({
      label: 'Changes requested',
      tone: 'warning',
    });
    expect(statusBadge(approved)).toMatchObject({ label: 'Approved', tone: 'ok' });
    expect(statusBadge({ ...approved, status: 'frozen' })).toMatchObject({
      label: 'Frozen',
      tone: 'sealed',
    });
  });
});

describe('the steps a card offers', () => {
  it('offers the secretariat to submit a named version, and nothing once it is submitted', () => {
    expect(versionActions(named, open('secretariat'))).toEqual(['submit']);
    expect(versionActions(submitted, open('secretariat'))).toEqual([]);
  });

  it('offers a vice-chair to endorse or send back a submitted version, never to approve it', () => {
    expect(versionActions(submitted, open('vice-chair'))).toEqual(['endorse', 'request-changes']);
  });

  it('offers the chair to approve a version waiting for approval, then to freeze it', () => {
    expect(versionActions(submitted, open('chair'))).toEqual([
      'endorse',
      'approve',
      'request-changes',
    ]);
    expect(versionActions(approved, open('chair'))).toEqual(['freeze']);
  });

  it('does not offer the person who submitted a version to endorse it', () => {
    const byTheChair: VersionRecord = {
      ...submitted,
      submitted: { ...step('u-chair'), comment: null },
    };
    expect(versionActions(byTheChair, open('chair'))).toEqual(['approve', 'request-changes']);
  });

  it('does not ask someone who endorsed to endorse again', () => {
    expect(versionActions(endorsed, open('vice-chair'))).toEqual(['request-changes']);
  });

  it('offers no step while the draft is frozen, nor on a version of an earlier revision', () => {
    for (const role of ROLES) {
      expect(versionActions(approved, { ...open(role), frozen: true })).toEqual([]);
      expect(versionActions(named, { ...open(role), documentRevision: 1 })).toEqual([]);
    }
  });

  it('offers a role only what the permission table lets it do', () => {
    const needs = {
      submit: 'submit-version',
      endorse: 'endorse',
      'request-changes': 'request-changes',
      approve: 'approve',
      freeze: 'freeze',
    } as const;
    for (const role of ROLES)
      for (const version of [named, submitted, approved])
        for (const action of versionActions(version, open(role)))
          expect(can(role, needs[action])).toBe(true);
    expect(versionActions(submitted, open('delegate'))).toEqual([]);
    expect(versionActions(submitted, open(null))).toEqual([]);
  });

  it('lets those who may name a version do so unless frozen, and only the chair reopen', () => {
    expect(mayNameVersion({ role: 'vice-chair', frozen: false })).toBe(true);
    expect(mayNameVersion({ role: 'vice-chair', frozen: true })).toBe(false);
    expect(mayNameVersion({ role: 'delegate', frozen: false })).toBe(false);
    expect(ROLES.filter((role) => mayReopen({ role, frozen: true }))).toEqual(['chair']);
    expect(mayReopen({ role: 'chair', frozen: false })).toBe(false);
  });
});

describe('a fingerprint on a card', () => {
  it('shows its first twelve hex characters', () => {
    expect(shortFingerprint(HASH)).toBe('3f2a91bc0d4e');
    expect(shortFingerprint(HASH.toUpperCase())).toBe('3f2a91bc0d4e');
    expect(shortFingerprint('pending')).toBe('pending');
  });
});

describe('reading a version from the server', () => {
  it('reads every step, and refuses a version it cannot read', () => {
    const body = {
      ...approved,
      changesRequested: { ...step('u-vice'), comment: 'Please fix §2.' },
    };
    expect(parseVersionRecord(body)).toEqual(body);
    expect(parseVersionRecord({ ...body, status: 'published' })).toBeUndefined();
    expect(parseVersionRecord({ ...body, changesRequested: { at: 'x', by: 'y' } })).toBeUndefined();
    expect(parseVersionRecord({ ...body, endorsements: [{ at: 1 }] })).toBeUndefined();
    const frozen = { ...body, status: 'frozen', frozen: { ...step('u-chair'), comment: null } };
    expect(parseVersionRecord(frozen)).toEqual(frozen);
    // A server older than step comments sends none: read as no comment.
    expect(parseVersionRecord({ ...body, approved: step('u-chair') })?.approved).toEqual({
      ...step('u-chair'),
      comment: null,
    });
  });
});
