import { describe, expect, it } from 'vitest';

import { stepQuestion } from './step-dialog.js';

const frozenAt = { name: 'Final', documentRevision: 0 };

describe('the question a step dialog asks', () => {
  it('says that reopening makes a new revision and leaves the frozen text as it was', () => {
    expect(stepQuestion('reopen', frozenAt, 'CWG-WSIS&SDG-34 Rev.1')).toBe(
      'Reopen the draft as CWG-WSIS&SDG-34 Rev.1? It becomes a new revision of the document that everyone who edits can write in again; the text frozen at “Final” stays as it was, with its fingerprint.',
    );
  });

  it('names the next revision number when no label is given', () => {
    expect(stepQuestion('reopen', { name: 'Final', documentRevision: 3 })).toMatch(
      /^Reopen the draft as Rev\.4\?/,
    );
  });

  it('tells before a freeze which revision a reopening would start', () => {
    expect(stepQuestion('freeze', { name: 'Final', documentRevision: 1 })).toMatch(
      /reopens it, as Rev\.2\.$/,
    );
  });
});
