import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import {
  requireDate,
  requireEmail,
  requireId,
  requireInstant,
  requireParagraphs,
  requireRevision,
  requireRole,
  requireSha256,
  requireStreamRevision,
  requireSymbol,
  requireText,
} from './fields.js';

describe('field validation', () => {
  it('trims text and refuses what is empty, too long or on several lines', () => {
    expect(requireText('title', '  Summary  ', 10)).toBe('Summary');
    expect(() => requireText('title', ' ', 10)).toThrow(
      new ValidationError('title', 'title must not be empty.'),
    );
    expect(() => requireText('title', 'x'.repeat(11), 10)).toThrow(
      'title is 11 characters long; the limit is 10.',
    );
    expect(() => requireText('title', 'two\nlines', 10)).toThrow(/one line/);
    expect(() => requireText('title', 42, 10)).toThrow('title is required and must be text.');
  });

  it('takes ids as they are, without spaces', () => {
    expect(requireId('personId', 'p-7')).toBe('p-7');
    expect(() => requireId('personId', ' p-7')).toThrow(/spaces/);
    expect(() => requireId('personId', 'p'.repeat(129))).toThrow(/limit is 128/);
  });

  it('accepts emails of the usual shape only', () => {
    expect(requireEmail('email', ' gitanjali.sah@itu.int ')).toBe('gitanjali.sah@itu.int');
    for (const bad of ['sah', 'sah@', '@itu.int', 'sah@itu', 'g sah@itu.int', 'sah@itu..int']) {
      expect(() => requireEmail('email', bad), bad).toThrow(
        /is not an email address like name@example\.org/,
      );
    }
  });

  it('accepts the roles and nothing else', () => {
    expect(requireRole('role', 'vice-chair')).toBe('vice-chair');
    expect(() => requireRole('role', 'Chair')).toThrow(
      'role must be one of chair, vice-chair, secretariat, delegate; got "Chair".',
    );
    expect(() => requireRole('role', undefined)).toThrow(/got nothing\.$/);
  });

  it('accepts symbols of meetings and documents, without a revision', () => {
    for (const good of [
      'CWG-WSIS&SDG-34',
      'S19-CWGWSIS34-C-0019',
      'S19-CWGWSIS34-INF-0001',
      'c-1',
      'C19/45', // the Council's short form (decision 47)
    ]) {
      expect(requireSymbol('symbol', good)).toBe(good);
    }
    for (const bad of ['S19-CWGWSIS34-C-0001 Rev.4', 'C--1', 'C-', '&C']) {
      expect(() => requireSymbol('symbol', bad), bad).toThrow(
        /a revision such as Rev\.4 is given separately/,
      );
    }
  });

  it('accepts revisions from 0 to 999', () => {
    expect([0, 1, 999].map((revision) => requireRevision('revision', revision))).toEqual([
      0, 1, 999,
    ]);
    for (const bad of [-1, 1000, 0.5, Number.NaN, '1', null]) {
      expect(() => requireRevision('revision', bad)).toThrow(
        /must be a whole number from 0 \(the original\) to 999/,
      );
    }
  });

  it('accepts calendar dates that exist', () => {
    expect(requireDate('date', '2020-02-29')).toBe('2020-02-29');
    for (const bad of [
      '2019-02-29',
      '1900-02-29',
      '2019-13-01',
      '2019-09-00',
      '25/09/2019',
      '2019-9-25',
    ]) {
      expect(() => requireDate('date', bad), bad).toThrow(/must be a date that exists/);
    }
  });

  it('accepts ISO 8601 times with their offset', () => {
    for (const good of [
      '2019-09-25T09:30:00Z',
      '2019-09-25T09:30Z',
      '2019-09-25T09:30:00.123+02:00',
    ]) {
      expect(requireInstant('at', good)).toBe(good);
    }
    for (const bad of ['2019-09-25', '2019-09-25T09:30:00', '2019-02-30T09:30:00Z', 'now']) {
      expect(() => requireInstant('at', bad), bad).toThrow(
        /must be an ISO 8601 time with its offset/,
      );
    }
  });

  it('keeps the paragraphs of a comment, with plain line ends, and refuses other control characters', () => {
    expect(requireParagraphs('comment', ' First.\r\n\tSecond.\rThird. ', 100)).toBe(
      'First.\n\tSecond.\nThird.',
    );
    expect(() => requireParagraphs('comment', '\n \n', 100)).toThrow('comment must not be empty.');
    expect(() => requireParagraphs('comment', 'x'.repeat(101), 100)).toThrow(/limit is 100/);
    expect(() => requireParagraphs('comment', 'nul\u0000', 100)).toThrow(/control characters/);
  });

  it('takes SHA-256 digests as the event store writes them: 64 lowercase hex digits', () => {
    const digest = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(requireSha256('chainHash', digest)).toBe(digest);
    expect(() => requireSha256('chainHash', digest.toUpperCase())).toThrow(/capital letters/);
    expect(() => requireSha256('chainHash', `${digest} `)).toThrow(/it has 65 characters\.$/);
    expect(() => requireSha256('chainHash', 42)).toThrow('chainHash is required and must be text.');
  });

  it('takes stream revisions from 0, as whole numbers', () => {
    expect(requireStreamRevision('draftHead', 0)).toBe(0);
    expect(requireStreamRevision('draftHead', 123_456)).toBe(123_456);
    for (const bad of [-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '3', null]) {
      expect(() => requireStreamRevision('draftHead', bad), String(bad)).toThrow(
        /^draftHead must be a stream revision/,
      );
    }
  });
});
