import { describe, expect, it } from 'vitest';

import { exampleCover, richDocument } from '../../testing/index.js';
import { exportDocx } from './export-docx.js';

describe('exportDocx', () => {
  it('writes a .docx (a zip) and refuses a document that does not fit the schema', async () => {
    const bytes = await exportDocx(richDocument(), exampleCover());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    await expect(
      exportDocx({ type: 'doc', content: [{ type: 'section' }] }, exampleCover()),
    ).rejects.toThrow(/exportDocx: .*unknown node type "section"/);
  });
});
