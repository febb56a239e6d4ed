import type * as ExportLibrary from '@rapporteur/export';

let loading: Promise<typeof ExportLibrary> | undefined;

/**
 * `@rapporteur/export`, loaded on the first export rather than at start: it brings docx (about
 * 2 MiB of source) and pdfmake, which an idle server need not hold (decision 49; the first export
 * after a start waits for the load, a few tens of milliseconds).
 */
export function exportLibrary(): Promise<typeof ExportLibrary> {
  loading ??= import('@rapporteur/export');
  return loading;
}
