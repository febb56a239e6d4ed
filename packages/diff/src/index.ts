// The front door of @rapporteur/diff. Everything others may use is exported here.
export { documentText } from './document/tiptap-node.js';
export type { TiptapNode } from './document/tiptap-node.js';
export type { AuthorRun } from './authors/author-runs.js';
export type { DiffSide } from './diff/sides.js';
export { diffDocuments } from './diff/diff-documents.js';
export type {
  BlockChange,
  ChangeKind,
  DocumentDiff,
  SectionSummary,
  WordPart,
} from './diff/types.js';
export { renderDiffHtml } from './render/render-diff-html.js';
export type { RenderDiffOptions } from './render/render-diff-html.js';
