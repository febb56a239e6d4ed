/** What happened to a block between the two documents. */
export type ChangeKind = 'unchanged' | 'added' | 'removed' | 'moved' | 'changed';

/** A run of words of a changed block: kept, inserted or deleted, and by whom. */
export interface WordPart {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
  /** Inserted: the after side's writers of these characters; deleted: their deleters; equal: none. */
  readonly authors: readonly string[];
}

/** One block of either document and what happened to it. */
export interface BlockChange {
  readonly kind: ChangeKind;
  /** The block's node type (the after document's, when there is one). */
  readonly blockType: string;
  /** numberedParagraph / heading level. */
  readonly level?: number;
  /**
   * The numbered paragraph the block is in, as numbered in the after document ('8.4.3.'): its
   * own number if it is a numbered paragraph, else that of the nearest numbered paragraph above
   * it; for a removed block, as numbered in the before document; null above the first numbered
   * paragraph.
   */
  readonly section: string | null;
  /** The same in the before document, present only when it differs from `section` (renumbered). */
  readonly previousSection?: string | null;
  /** Top-level block index and readable text in the before document. */
  readonly before?: { readonly index: number; readonly text: string };
  readonly after?: { readonly index: number; readonly text: string };
  /** For changed blocks (and moved blocks whose words also changed): the words, in reading order. */
  readonly words?: readonly WordPart[];
  /** Everyone who inserted or deleted text of this change (sorted, unique). Moved: the writers of the moved text on the after side. */
  readonly authors: readonly string[];
}

/** A section that changed: "§8.4.3 changed by X". */
export interface SectionSummary {
  readonly section: string | null;
  /** The section's number in the before document, when it was renumbered. */
  readonly previousSection?: string | null;
  /** Unique, never 'unchanged'. */
  readonly kinds: readonly ChangeKind[];
  readonly authors: readonly string[];
}

/** Two documents compared block by block, then word by word. */
export interface DocumentDiff {
  /** Every block of both documents in reading order of the after document (removed blocks where they stood), unchanged ones included so a reader sees context. */
  readonly changes: readonly BlockChange[];
  /** One entry per section that changed, in document order: "§8.4.3 changed by X, §8.5 added by Y". */
  readonly sections: readonly SectionSummary[];
  readonly stats: {
    readonly insertedCharacters: number;
    readonly deletedCharacters: number;
    readonly changedBlocks: number;
  };
}
