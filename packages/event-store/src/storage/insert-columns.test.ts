import { describe, expect, it } from 'vitest';
import { INSERT_COLUMNS, insertValues } from './insert-columns.js';
import type { NewEventRow } from './sql-dialect.js';

describe('insertValues', () => {
  it('gives each column its own value, in the order INSERT_COLUMNS names them', () => {
    const row: NewEventRow = {
      stream_id: 'draft-1',
      revision: 7,
      event_id: 'e-7',
      type: 'DraftUpdated',
      data_kind: 'binary',
      data: Buffer.from([1]),
      metadata: Buffer.from('{}'),
      recorded_at: '2026-12-08T00:00:00.000Z',
      seal: 'seal',
      previous_hash: 'p'.repeat(64),
      hash: 'h'.repeat(64),
    };
    expect(insertValues(row)).toEqual(INSERT_COLUMNS.map((column) => row[column]));
    expect(new Set(insertValues(row)).size).toBe(INSERT_COLUMNS.length);
  });
});
