import type { RegisterHeading } from './register-row.js';

/**
 * The name a downloaded register takes: the document label made safe for any file system and
 * a Content-Disposition header, `S19-CWGWSIS34-C-0001_Rev.1-register.csv`.
 */
export function registerFileName(heading: RegisterHeading, extension: 'csv' | 'docx'): string {
  const label = heading.documentLabel
    .normalize('NFKD')
    // NFKD splits 'é' into 'e' and a combining accent; dropping the accents keeps the letter.
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9.-]+/g, '_')
    .replace(/^[_.]+|_+$/g, '');
  return `${label === '' ? 'document' : label}-register.${extension}`;
}
