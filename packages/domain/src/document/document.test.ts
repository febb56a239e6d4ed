import { describe, expect, it } from 'vitest';
import { documentLabel, isSameRevision } from './document.js';

describe('documentLabel', () => {
  it('is the symbol alone for an original', () => {
    expect(documentLabel({ symbol: 'S19-CWGWSIS34-C-0019', revision: 0 })).toBe(
      'S19-CWGWSIS34-C-0019',
    );
  });

  it('adds Rev.n for a revision, as the summary cites it', () => {
    expect(documentLabel({ symbol: 'S19-CWGWSIS34-C-0001', revision: 4 })).toBe(
      'S19-CWGWSIS34-C-0001 Rev.4',
    );
    expect(documentLabel({ symbol: 'S19-CWGWSIS34-C-0002', revision: 1 })).toBe(
      'S19-CWGWSIS34-C-0002 Rev.1',
    );
  });
});

describe('isSameRevision', () => {
  it('matches the same symbol and revision, whatever the case', () => {
    const agenda = { symbol: 'S19-CWGWSIS34-C-0001', revision: 4 };
    expect(isSameRevision(agenda, { symbol: 's19-cwgwsis34-c-0001', revision: 4 })).toBe(true);
    expect(isSameRevision(agenda, { symbol: 'S19-CWGWSIS34-C-0001', revision: 3 })).toBe(false);
    expect(isSameRevision(agenda, { symbol: 'S19-CWGWSIS34-C-0002', revision: 4 })).toBe(false);
  });
});
