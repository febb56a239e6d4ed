/**
 * The longest value each kind of input may have, in characters. Shared so that forms and request
 * schemas refuse what the domain would refuse, with the same numbers.
 */
export const LIMITS = Object.freeze({
  /** Ids made by the server or the identity provider: meetings, people, documents. */
  id: 128,
  /** A meeting's title: "Council Working Group on WSIS&SDG, 34th meeting". */
  title: 200,
  /** A symbol: 'CWG-WSIS&SDG-34', 'S19-CWGWSIS34-C-0019'. */
  symbol: 64,
  /** A person's name as the summary prints it: 'Prof. Vladimir Minkin'. */
  name: 120,
  /** RFC 5321's limit on a forward path. */
  email: 254,
  /** A contribution's title, which can be long. */
  documentTitle: 500,
  /** Who submitted a contribution: 'Saudi Arabia', 'ITU Secretariat'. */
  source: 200,
  /** Rev.999 is beyond any real document; a bigger number is a typing mistake. */
  revision: 999,
  /** A version's name: 'Draft summary for the vice-chairs'. */
  versionName: 120,
  /** A comment with requested changes, or the reason for reopening a draft: a few paragraphs. */
  comment: 2000,
  /** The text a suggestion quotes or proposes: a few paragraphs of the draft. */
  suggestionText: 5000,
  /** One encoded Yjs relative position of an anchor, base64. */
  anchor: 512,
} as const);
