// The front door of @rapporteur/export. Everything others may use is exported here.
export type { ExportCover } from './cover/export-cover.js';
export { exportMarkdown } from './markdown/export-markdown.js';
export { exportHtml } from './html/export-html.js';
export { exportDocx } from './docx/export-docx.js';
export { exportPdf } from './pdf/export-pdf.js';
export { exportTrackedChangesDocx } from './tracked/export-tracked-changes-docx.js';
export type { TrackedChangesInput } from './tracked/export-tracked-changes-docx.js';
export type { BlockEditTimes } from './tracked/revision-marks.js';
export { registerCsv } from './register/register-csv.js';
export { registerDocx } from './register/register-docx.js';
export { registerFileName } from './register/register-file-name.js';
export { RegisterInputError } from './register/register-input.js';
export { REGISTER_DISPOSITIONS, REGISTER_TYPES } from './register/register-row.js';
export type {
  RegisterDisposition,
  RegisterHeading,
  RegisterRow,
  RegisterType,
} from './register/register-row.js';
