import { describe, it } from 'vitest';
import {
  changesRequested,
  given,
  holding,
  nameVersion,
  submitVersion,
  team,
  versionApproved,
  versionAt,
  versionNamed,
  versionSubmitted,
} from '../../testing/index.js';
import { IllegalStateError, NotFoundError, ValidationError } from '../errors.js';
import type { NameVersion } from '../index.js';

const secretariat = holding.secretariat;
const version = versionAt(41);
const { versionId } = version;

describe('naming a version', () => {
  it('names an exact revision of the draft, in the current document revision, trimming the name', () => {
    given(team)
      .when(nameVersion({ ...version, name: `  ${version.name} ` }, secretariat))
      .then([versionNamed(version, secretariat, 0)]);
  });

  it("names revision 0, the draft stream's first event", () => {
    const first = versionAt(0);
    given(team)
      .when(nameVersion(first, secretariat))
      .then([versionNamed(first, secretariat)]);
  });

  it('names several revisions, and the same revision under several names', () => {
    const again = { ...versionAt(41, 'v-41-bis'), name: 'For the vice-chairs' };
    given([...team, versionNamed(version), versionNamed(versionAt(45))])
      .when(nameVersion(again, secretariat))
      .then([versionNamed(again, secretariat)]);
  });

  it('refuses a versionId that is already named, saying what it names', () => {
    given([...team, versionNamed(version)])
      .when(nameVersion({ ...versionAt(45), versionId }, secretariat))
      .thenThrows(
        IllegalStateError,
        /^There is already version "Draft summary at revision 41", at draft revision 41, under the same id: give the new version an id of its own\.$/,
      );
  });

  it.each([
    ['versionId', { versionId: '' }, /^versionId must not be empty\.$/],
    ['name', { name: '   ' }, /^name must not be empty\.$/],
    ['name', { name: 'x'.repeat(121) }, /^name is 121 characters long; the limit is 120\.$/],
    ['name', { name: 'two\nlines' }, /one line/],
    ['draftRevision', { draftRevision: -1 }, /^draftRevision must be a stream revision/],
    ['draftRevision', { draftRevision: 4.5 }, /got 4\.5\.$/],
    ['draftRevision', { draftRevision: '41' }, /got "41"\.$/],
    [
      'contentHash',
      { contentHash: 'abc' },
      /64 lowercase hexadecimal digits.*; it has 3 characters\.$/,
    ],
    ['contentHash', { contentHash: version.contentHash.toUpperCase() }, /capital letters/],
    ['chainHash', { chainHash: 'g'.repeat(64) }, /^chainHash must be a SHA-256 digest/],
    ['chainHash', { chainHash: undefined }, /^chainHash is required and must be text\.$/],
  ])('refuses an invalid %s, naming the field', (field, change, message) => {
    const command = nameVersion(version, secretariat);
    given(team)
      .when({ ...command, data: { ...command.data, ...change } } as NameVersion)
      .thenThrows(ValidationError, message, { field });
  });
});

describe('submitting a version', () => {
  it('puts a named version before the chair', () => {
    given([...team, versionNamed(version)])
      .when(submitVersion(versionId, secretariat))
      .then([versionSubmitted(versionId, secretariat)]);
  });

  it('refuses a version that does not exist', () => {
    given(team)
      .when(submitVersion('v-missing', secretariat))
      .thenThrows(NotFoundError, /^This meeting has no such version/, {
        resource: 'version',
        id: 'v-missing',
      });
  });

  it('refuses to submit a version twice', () => {
    given([...team, versionNamed(version), versionSubmitted(versionId)])
      .when(submitVersion(versionId, secretariat))
      .thenThrows(
        IllegalStateError,
        /^Only a version that is named and not yet submitted can be submitted; version "Draft summary at revision 41" is waiting for approval\.$/,
      );
  });

  it('refuses a version sent back with changes: a new version is named to continue', () => {
    given([
      ...team,
      versionNamed(version),
      versionSubmitted(versionId),
      changesRequested(versionId, 'Add the list of participants.', holding['vice-chair']),
    ])
      .when(submitVersion(versionId, secretariat))
      .thenThrows(IllegalStateError, /was sent back with changes requested: name a new version/);
  });

  it('refuses an approved version', () => {
    given([...team, versionNamed(version), versionSubmitted(versionId), versionApproved(versionId)])
      .when(submitVersion(versionId, secretariat))
      .thenThrows(IllegalStateError, /is approved already\.$/);
  });
});
