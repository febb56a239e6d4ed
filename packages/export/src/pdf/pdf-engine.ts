import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A piece of a pdfmake document definition: text, an object with its options, or a stack. */
export type PdfContent = string | { readonly [key: string]: unknown } | readonly PdfContent[];

/** The parts of pdfmake's document definition this package writes. */
export interface PdfDefinition {
  readonly content: PdfContent;
  readonly info: Readonly<Record<string, string>>;
  readonly language: string;
  readonly footer: (page: number, pages: number) => PdfContent;
  readonly styles: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly defaultStyle: Readonly<Record<string, unknown>>;
  readonly pageSize: 'A4';
  readonly pageMargins: readonly [number, number, number, number];
}

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: PdfDefinition): { getBuffer(): Promise<Uint8Array> };
}

const require = createRequire(import.meta.url);
let engine: PdfMake | undefined;

// pdfmake is a CommonJS singleton. Its fonts are the Roboto files it ships (Apache 2.0), so a
// fresh `npm ci` makes PDFs with no system font. It reads nothing else: a document holds no
// image, and the access policies refuse every URL and every local file but the four fonts, so
// no text can make the server fetch an address or read a file.
function pdfmake(): PdfMake {
  if (engine !== undefined) return engine;
  const loaded = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const roboto = {
    normal: join(fonts, 'Roboto-Regular.ttf'),
    bold: join(fonts, 'Roboto-Medium.ttf'),
    italics: join(fonts, 'Roboto-Italic.ttf'),
    bolditalics: join(fonts, 'Roboto-MediumItalic.ttf'),
  };
  const allowed = new Set(Object.values(roboto));
  loaded.setFonts({ Roboto: roboto });
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => allowed.has(path));
  engine = loaded;
  return loaded;
}

/** The PDF bytes of a definition, made in this process. */
export async function renderPdf(definition: PdfDefinition): Promise<Uint8Array> {
  const buffer = await pdfmake().createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
