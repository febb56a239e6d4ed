import { ValidationError } from '../errors.js';
import type { MeetingDocument } from './document.js';

/**
 * Where the summary's links to contributions point unless the chair says otherwise: the ITU
 * document store (MD), whose page for a symbol lists every revision and language of it.
 */
export const DEFAULT_LINK_TEMPLATE = 'https://www.itu.int/md/{symbol}/en';

// Only web addresses: a link in an official summary that runs script or reads local files is
// an attack, not a reference.
const WEB = /^https?:\/\/[^\s<>"{}]+(?:\{(?:symbol|revision|label)\}[^\s<>"{}]*)*$/;

/** Refuses a template that is not a web address with {symbol} or {label}, naming the field. */
export function requireLinkTemplate(field: string, value: string): string {
  if (value.length > 300 || !WEB.test(value) || !/\{(?:symbol|label)\}/.test(value))
    throw new ValidationError(
      field,
      `${field} must be a web address (http or https) with {symbol} (or {label}, the symbol with its revision) where the document's symbol goes, such as ${DEFAULT_LINK_TEMPLATE}.`,
    );
  return value;
}

/**
 * The address of a registered document: the template with {symbol} (the symbol without its
 * revision), {revision} (0, 1...) and {label} ('S19-CWGWSIS34-C-0001 Rev.4') filled in.
 * Example: `documentHref('https://www.itu.int/md/{symbol}/en', doc)`.
 */
export function documentHref(
  template: string,
  document: Pick<MeetingDocument, 'symbol' | 'revision'>,
): string {
  const label =
    document.revision === 0 ? document.symbol : `${document.symbol} Rev.${document.revision}`;
  const values: Record<string, string> = {
    symbol: document.symbol,
    revision: String(document.revision),
    label,
  };
  return template.replace(/\{(symbol|revision|label)\}/g, (_, key: string) =>
    encodeURIComponent(values[key] ?? ''),
  );
}
