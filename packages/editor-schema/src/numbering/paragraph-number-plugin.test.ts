import type { JSONContent } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';

import { readSummaryFixture } from '../../testing/index.js';
import { importDocument } from '../import/import-document.js';
import { renderHtml } from '../render/render-html.js';
import { rapporteurSchema } from '../schema/extensions.js';
import { paragraphNumberPlugin, paragraphNumberPluginKey } from './paragraph-number-plugin.js';

const schema = rapporteurSchema();

function stateOf(...content: JSONContent[]): EditorState {
  return EditorState.create({
    schema,
    doc: schema.nodeFromJSON({ type: 'doc', content }),
    plugins: [paragraphNumberPlugin('numberedParagraph')],
  });
}

function numbered(level: number, text: string): JSONContent {
  return { type: 'numberedParagraph', attrs: { level }, content: [{ type: 'text', text }] };
}

/** The numbers the plugin shows, with the position each widget sits at, in document order. */
function shown(state: EditorState): { at: number; number: string }[] {
  const decorations = paragraphNumberPluginKey.getState(state)?.find() ?? [];
  return decorations
    .map((decoration) => ({
      at: decoration.from,
      number: (decoration.spec as { number: string }).number,
    }))
    .sort((a, b) => a.at - b.at);
}

describe('the paragraph number plugin', () => {
  it('puts each number at the start of its paragraph text', () => {
    const state = stateOf(numbered(1, 'Update'), numbered(2, 'ITU'));
    expect(shown(state)).toEqual([
      { at: 1, number: '1.' },
      { at: 9, number: '1.1.' },
    ]);
  });

  it('numbers paragraphs in quotes and list items in document order', () => {
    const state = stateOf(
      numbered(1, 'A'),
      { type: 'blockquote', content: [numbered(2, 'Quoted')] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [numbered(2, 'Listed')] }],
      },
    );
    expect(shown(state).map((widget) => widget.number)).toEqual(['1.', '1.1.', '1.2.']);
  });

  it('keeps its decorations when only the selection moves', () => {
    const state = stateOf(numbered(1, 'Update'));
    const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    expect(paragraphNumberPluginKey.getState(moved)).toBe(paragraphNumberPluginKey.getState(state));
  });

  it('keeps numbers right when two people insert sections at the same time', () => {
    const base = stateOf(numbered(1, 'A'), numbered(2, 'A one'), numbered(1, 'B'));
    // From the same base, Alice adds a first section and Bob a paragraph under A.
    const alice = base.tr.insert(0, schema.nodeFromJSON(numbered(1, 'Preface')));
    const afterAOne = base.doc.child(0).nodeSize + base.doc.child(1).nodeSize;
    const bob = base.tr.insert(afterAOne, schema.nodeFromJSON(numbered(2, 'A two')));
    // Whoever merges (Yjs in the product) ends with both blocks in one sequence; here Bob's
    // step is rebased over Alice's, as any merge of the two would.
    const merged = base.apply(alice);
    const rebased = merged.tr;
    bob.steps.forEach((step) => {
      const mapped = step.map(alice.mapping);
      if (mapped) rebased.step(mapped);
    });
    const after = merged.apply(rebased);
    const texts: string[] = [];
    after.doc.forEach((node) => texts.push(node.textContent));
    expect(texts).toEqual(['Preface', 'A', 'A one', 'A two', 'B']);
    expect(shown(after).map((widget) => widget.number)).toEqual(['1.', '2.', '2.1.', '2.2.', '3.']);
  });

  it('shows the same numbers for the whole summary as the HTML export writes', () => {
    const { doc } = importDocument(readSummaryFixture());
    const state = stateOf(...(doc.content ?? []));
    const exported = [...renderHtml(doc).matchAll(/class="paragraph-number">([^<]*)</g)].map(
      (match) => match[1],
    );
    expect(shown(state).map((widget) => widget.number)).toEqual(exported);
    expect(exported).toHaveLength(77);
  });
});
