import type { Command } from '../command.js';
import { ValidationError } from '../errors.js';
import type { Event } from '../event.js';
import { DEFAULT_LINK_TEMPLATE, requireLinkTemplate } from '../document/document-link.js';

/** How the summary presents itself in exports: its symbol, its language, the meeting's zone. */
// A type alias, not an interface: event data must be assignable to JSON.
export type DocumentSettings = {
  /** The summary's own symbol ('CWG-WSIS&SDG-34/6'), apart from the meeting code; null: none yet. */
  readonly documentSymbol: string | null;
  /** The draft's language, a BCP 47 code: 'en' prints "Original: English". */
  readonly language: string;
  /** The meeting's IANA time zone: every time in an export is shown in it. */
  readonly timeZone: string;
  /** Where a contribution's link points: a web address with {symbol} ('https://www.itu.int/md/{symbol}/en'). */
  readonly linkTemplate: string;
};

/** Until someone sets them: no symbol of its own, English, UTC. */
export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  documentSymbol: null,
  language: 'en',
  timeZone: 'UTC',
  linkTemplate: DEFAULT_LINK_TEMPLATE,
};

/** Sets any of the document settings; what is not given keeps its value. */
export type ChangeDocumentSettings = Command<
  'ChangeDocumentSettings',
  { readonly [K in keyof DocumentSettings]?: DocumentSettings[K] }
>;

/** The document settings as they now stand, all of them. */
export type DocumentSettingsChanged = Event<'DocumentSettingsChanged', DocumentSettings>;

// An ITU symbol: letters, digits and '-', '&', '/', '.', ' ' between them ('CWG-WSIS&SDG-34/6',
// 'C19/45(Rev.1)' with parentheses); no control characters, at most 60 characters.
const DOCUMENT_SYMBOL = /^[A-Za-z0-9][A-Za-z0-9&/.()\- ]{0,59}$/;

/** Refuses a symbol, language or zone a reader could not use, naming the field. */
export function requireDocumentSettings(settings: DocumentSettings): DocumentSettings {
  const { documentSymbol, language, timeZone } = settings;
  const linkTemplate = requireLinkTemplate('linkTemplate', settings.linkTemplate);
  if (documentSymbol !== null && !DOCUMENT_SYMBOL.test(documentSymbol))
    throw new ValidationError(
      'documentSymbol',
      'documentSymbol must be a document symbol such as CWG-WSIS&SDG-34/6: letters, digits, - & / . ( ) and spaces, at most 60 characters.',
    );
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(language)[0];
  } catch {
    canonical = undefined;
  }
  if (canonical === undefined || language.length > 35)
    throw new ValidationError('language', 'language must be a language code such as en or fr.');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ValidationError(
      'timeZone',
      `timeZone must be an IANA time zone such as Europe/Zurich or UTC; "${timeZone.slice(0, 40)}" is not one.`,
    );
  }
  return { documentSymbol, language: canonical, timeZone, linkTemplate };
}
