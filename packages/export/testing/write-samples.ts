// Writes the four exports of the ITU summary and its disposition register into a folder, to open or convert by hand:
//   npx tsx testing/write-samples.ts /tmp/export
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  exportDocx,
  exportHtml,
  exportMarkdown,
  exportPdf,
  exportTrackedChangesDocx,
  registerCsv,
  registerDocx,
} from '../src/index.js';
import { exampleCover } from './covers.js';
import { summaryDocument } from './documents.js';
import { registerHeading, registerRows } from './register-example.js';
import { trackedExample } from './tracked-example.js';

const dir = process.argv[2] ?? 'export-samples';
mkdirSync(dir, { recursive: true });
const doc = summaryDocument();
// The symbol is an example: the fixture's text does not carry the summary's own symbol.
const cover = exampleCover({ documentSymbol: 'CWG-WSIS&SDG-34/6', timeZone: 'Europe/Zurich' });
const example = trackedExample();

writeFileSync(join(dir, 'summary.md'), exportMarkdown(doc, cover));
writeFileSync(join(dir, 'summary.html'), exportHtml(doc, cover));
writeFileSync(join(dir, 'summary.docx'), await exportDocx(doc, cover));
writeFileSync(join(dir, 'summary.pdf'), await exportPdf(doc, cover));
writeFileSync(
  join(dir, 'changes.docx'),
  await exportTrackedChangesDocx({
    diff: example.diff,
    cover,
    names: example.names,
    date: '2019-10-01T09:30:00Z',
    fromLabel: 'S19-CWGWSIS34-C-0001',
    toLabel: 'S19-CWGWSIS34-C-0001 Rev.1',
  }),
);
writeFileSync(join(dir, 'register.csv'), registerCsv(registerRows(), registerHeading()));
writeFileSync(join(dir, 'register.docx'), await registerDocx(registerRows(), registerHeading()));
process.stdout.write(
  `wrote summary.md, summary.html, summary.docx, summary.pdf, changes.docx, register.csv and register.docx to ${dir}\n`,
);
