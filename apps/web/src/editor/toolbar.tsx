import type { Editor } from '@tiptap/react';
import type { ReactElement, ReactNode } from 'react';

import { CrossReferenceControl } from './cross-reference-control.js';
import { FootnoteControl } from './footnote-control.js';
import { LinkControl } from './link-control.js';
import { TableControls } from './table-controls.js';
import { ToolbarButton } from './toolbar-button.js';
import { chainRunner, ToolbarGroup } from './toolbar-group.js';
import { useToolbarState } from './use-toolbar-state.js';
import './toolbar.css';

/**
 * The formatting toolbar, sticky above the sheet. Numbered paragraphs have their own group:
 * their numbers are computed, so a person only says "numbered", "deeper" or "shallower".
 */
export function Toolbar({
  editor,
  end,
}: {
  readonly editor: Editor;
  /** What other features add at the toolbar's end (the review's mode and Comment). */
  readonly end?: ReactNode;
}): ReactElement {
  const state = useToolbarState(editor);
  const run = chainRunner(editor);

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <ToolbarGroup label="History">
        <ToolbarButton
          label="Undo"
          shortcut="Mod-Z"
          icon="undo"
          disabled={!state.canUndo}
          onClick={run((c) => c.undo())}
        />
        <ToolbarButton
          label="Redo"
          shortcut="Mod-Shift-Z"
          icon="redo"
          disabled={!state.canRedo}
          onClick={run((c) => c.redo())}
        />
      </ToolbarGroup>
      <ToolbarGroup label="Numbered paragraphs">
        <ToolbarButton
          label="Numbered paragraph"
          glyph="1.1"
          glyphClass="toolbar-glyph--number"
          active={state.numbered}
          testId="toolbar-numbered"
          onClick={run((c) => c.toggleNumberedParagraph())}
        />
        <ToolbarButton
          label="Outdent numbered paragraph"
          shortcut="Shift-Tab"
          icon="outdent"
          disabled={!state.canOutdent}
          onClick={run((c) => c.outdentNumberedParagraph())}
        />
        <ToolbarButton
          label="Indent numbered paragraph"
          shortcut="Tab"
          icon="indent"
          disabled={!state.canIndent}
          onClick={run((c) => c.indentNumberedParagraph())}
        />
        {state.level !== undefined && <span className="toolbar__level">Level {state.level}</span>}
      </ToolbarGroup>
      <ToolbarGroup label="Text">
        <ToolbarButton
          label="Heading"
          icon="heading"
          active={state.heading}
          onClick={run((c) => c.toggleHeading({ level: 2 }))}
        />
        <ToolbarButton
          label="Bold"
          shortcut="Mod-B"
          glyph="B"
          glyphClass="toolbar-glyph--bold"
          active={state.bold}
          onClick={run((c) => c.toggleBold())}
        />
        <ToolbarButton
          label="Italic"
          shortcut="Mod-I"
          glyph="I"
          glyphClass="toolbar-glyph--italic"
          active={state.italic}
          onClick={run((c) => c.toggleItalic())}
        />
        <ToolbarButton
          label="Underline"
          shortcut="Mod-U"
          glyph="U"
          glyphClass="toolbar-glyph--underline"
          active={state.underline}
          onClick={run((c) => c.toggleUnderline())}
        />
        <LinkControl editor={editor} active={state.link} />
        <CrossReferenceControl editor={editor} />
        <FootnoteControl editor={editor} active={state.footnote} />
      </ToolbarGroup>
      <ToolbarGroup label="Blocks">
        <ToolbarButton
          label="Bulleted list"
          icon="bulletList"
          active={state.bulletList}
          onClick={run((c) => c.toggleBulletList())}
        />
        <ToolbarButton
          label="Numbered list"
          icon="orderedList"
          active={state.orderedList}
          onClick={run((c) => c.toggleOrderedList())}
        />
        <ToolbarButton
          label="Quotation"
          icon="blockquote"
          active={state.blockquote}
          onClick={run((c) => c.toggleBlockquote())}
        />
        <ToolbarButton
          label="Insert table"
          icon="table"
          active={state.table}
          disabled={state.table}
          onClick={run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
        />
      </ToolbarGroup>
      {state.table && <TableControls run={run} />}
      {end !== undefined && <div className="toolbar__end">{end}</div>}
    </div>
  );
}
