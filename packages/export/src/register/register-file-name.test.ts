import { describe, expect, it } from 'vitest';

import { registerHeading } from '../../testing/index.js';
import { registerFileName } from './register-file-name.js';

describe('registerFileName', () => {
  it('names the file after the document label, spaces and slashes made underscores', () => {
    expect(registerFileName(registerHeading(), 'csv')).toBe(
      'S19-CWGWSIS34-C-0001_Rev.1-register.csv',
    );
    expect(registerFileName(registerHeading({ documentLabel: 'A/B "draft"' }), 'docx')).toBe(
      'A_B_draft-register.docx',
    );
  });

  it('keeps accented letters as their base letter and never starts with a dot', () => {
    expect(registerFileName(registerHeading({ documentLabel: '../Résumé' }), 'csv')).toBe(
      'Resume-register.csv',
    );
  });
});
