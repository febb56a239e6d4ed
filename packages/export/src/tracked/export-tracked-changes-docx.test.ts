import { describe, expect, it } from 'vitest';

import { exampleCover, trackedExample } from '../../testing/index.js';
import { blocksChanged, exportTrackedChangesDocx } from './export-tracked-changes-docx.js';

describe('exportTrackedChangesDocx', () => {
  it('refuses a revision date that is not an ISO date', async () => {
    const example = trackedExample();
    await expect(
      exportTrackedChangesDocx({
        diff: example.diff,
        cover: exampleCover(),
        names: example.names,
        date: 'last Tuesday',
        fromLabel: 'a',
        toLabel: 'b',
      }),
    ).rejects.toThrow(/"last Tuesday" is not an ISO date/);
  });

  it('counts changed blocks in the singular for one', () => {
    expect(blocksChanged(1)).toBe('1 block changed');
    expect(blocksChanged(0)).toBe('0 blocks changed');
    expect(blocksChanged(3)).toBe('3 blocks changed');
  });
});
