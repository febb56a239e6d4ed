import type { JSONContent } from '@tiptap/core';

import { markNames, nodeNames } from '../schema/node-names.js';
import type { Inline } from './blocks.js';

type MarkJson = NonNullable<JSONContent['marks']>[number];

// CommonMark: any ASCII punctuation may be escaped, and our Markdown export escapes `<`, `>`,
// `|` and `~` too, so what it writes reads back as the same text.
const ESCAPABLE = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const LINK = /^\[([^\]]*)\]\(([^()\s]*)\)/;
const FOOTNOTE_REFERENCE = /^\[\^([^\]\s]+)\]/;
// Links keep only web and mail addresses: a javascript: or data: URL from an imported file
// must never become a clickable link in the draft.
const SAFE_URL = /^(?:https?:|mailto:|[^:]*$)/i;
const WORD = /[\p{L}\p{N}]/u;

/** The text of footnote `label` ([^label]), or undefined when the source does not define it. */
export type FootnoteText = (label: string) => string | undefined;

/**
 * The inline Markdown a summary needs: `**bold**` / `__bold__`, `*italic*` / `_italic_`,
 * `[text](url)`, footnote references `[^1]` (when `footnote` knows the label) and backslash
 * escapes. Anything else stays literal text.
 */
export function markdownInline(
  source: string,
  warn: (message: string) => void,
  footnote: FootnoteText = () => undefined,
): Inline {
  const out: JSONContent[] = [];
  parseRun(source, [], { out, warn, footnote });
  return out;
}

interface Sink {
  readonly out: JSONContent[];
  readonly warn: (message: string) => void;
  readonly footnote: FootnoteText;
}

function parseRun(text: string, marks: readonly MarkJson[], sink: Sink): void {
  let buffer = '';
  const flush = (): void => {
    pushText(sink.out, buffer, marks);
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (char === '\\' && ESCAPABLE.has(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    const span = delimitedSpan(text, i);
    if (span) {
      flush();
      parseRun(span.inner, [...marks, { type: span.mark }], sink);
      i = span.end;
      continue;
    }
    const reference = char === '[' ? FOOTNOTE_REFERENCE.exec(text.slice(i)) : null;
    if (reference) {
      const [whole, label = ''] = reference;
      const note = sink.footnote(label);
      if (note !== undefined) {
        flush();
        sink.out.push({ type: nodeNames.footnote, attrs: { text: note } });
      } else {
        sink.warn(`footnote [^${label}] has no definition; kept as text`);
        buffer += whole;
      }
      i += whole.length;
      continue;
    }
    const link = char === '[' ? LINK.exec(text.slice(i)) : null;
    if (link) {
      const [whole, label = '', href = ''] = link;
      flush();
      if (SAFE_URL.test(href)) {
        parseRun(label, [...marks, { type: markNames.link, attrs: { href } }], sink);
      } else {
        sink.warn(`the link to "${href}" is not a web or mail address; kept its text only`);
        parseRun(label, marks, sink);
      }
      i += whole.length;
      continue;
    }
    buffer += char;
    i += 1;
  }
  flush();
}

/** `**x**`, `__x__`, `*x*` or `_x_` starting at `start`, if it closes; underscores only at word edges. */
function delimitedSpan(
  text: string,
  start: number,
): { inner: string; mark: string; end: number } | undefined {
  const char = text.charAt(start);
  if (char !== '*' && char !== '_') return undefined;
  const double = text.charAt(start + 1) === char;
  const delimiter = double ? char + char : char;
  const open = start + delimiter.length;
  if (char === '_' && WORD.test(text.charAt(start - 1))) return undefined;
  if (text.charAt(open) === ' ' || open >= text.length) return undefined;

  let j = open;
  while (j < text.length) {
    const at = text.charAt(j);
    if (at === '\\' || (!double && at === char && text.charAt(j + 1) === char)) {
      // An escape, or a double delimiter nested in a single one (`*a **b** c*`): step over it.
      j += 2;
      continue;
    }
    if (text.startsWith(delimiter, j) && j > open && text.charAt(j - 1) !== ' ') {
      const after = j + delimiter.length;
      if (!(char === '_' && WORD.test(text.charAt(after)))) {
        return {
          inner: text.slice(open, j),
          mark: double ? markNames.bold : markNames.italic,
          end: after,
        };
      }
    }
    j += 1;
  }
  return undefined;
}

function pushText(out: JSONContent[], text: string, marks: readonly MarkJson[]): void {
  if (text === '') return;
  const last = out.at(-1);
  // Neighbours with the same marks are one text node, as ProseMirror itself would store them.
  if (last?.text !== undefined && sameMarks(last.marks ?? [], marks)) {
    last.text += text;
    return;
  }
  out.push(
    marks.length === 0
      ? { type: nodeNames.text, text }
      : { type: nodeNames.text, text, marks: [...marks] },
  );
}

function sameMarks(a: readonly MarkJson[], b: readonly MarkJson[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
