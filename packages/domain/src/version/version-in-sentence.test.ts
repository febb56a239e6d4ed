import { describe, expect, it } from 'vitest';
import { versionInSentence } from './version.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const final = (versionId: string, documentRevision: number, draftRevision: number) => ({
  versionId,
  name: 'Final',
  documentRevision,
  draftRevision,
});

describe('a version named in a sentence', () => {
  const original = final('0b8d3c1e-3f0a-4c55-9a51-2f1f7d3f6a10', 0, 41);
  const reopened = final('7c1d9b2a-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 1, 57);

  it('is named by its name alone, with no id', () => {
    const sentence = versionInSentence(original, [original]);
    expect(sentence).toBe('version "Final"');
    expect(sentence).not.toMatch(UUID);
  });

  it('says its document revision when a version of another revision has the same name', () => {
    expect(versionInSentence(original, [original, reopened])).toBe(
      'version "Final" of the original',
    );
    expect(versionInSentence(reopened, [original, reopened])).toBe('version "Final" of Rev.1');
  });

  it('says its draft revision when a version of the same document revision has the same name', () => {
    const again = final('9d8c7b6a-5f4e-4d3c-8b2a-1a0b9c8d7e6f', 0, 45);
    expect(versionInSentence(original, [original, again])).toBe(
      'version "Final" at draft revision 41',
    );
  });
});
