import { describe, expect, it } from 'vitest';

import { DRAFT_FIELD, rapporteurExtensions, rapporteurSchema } from './extensions.js';

describe('rapporteurExtensions', () => {
  it('leaves undo to Collaboration by turning off StarterKit undoRedo', () => {
    const starterKit = rapporteurExtensions().find((extension) => extension.name === 'starterKit');
    expect(starterKit?.options).toMatchObject({ undoRedo: false });
  });

  it('gives a fresh list each call, so a caller can add Collaboration to its own', () => {
    const first = rapporteurExtensions();
    first.push(rapporteurExtensions()[0]!);
    expect(rapporteurExtensions()).toHaveLength(first.length - 1);
  });
});

describe('rapporteurSchema', () => {
  it('holds numbered paragraphs, tables and the StarterKit nodes and marks', () => {
    const schema = rapporteurSchema();
    expect(Object.keys(schema.nodes)).toEqual(
      expect.arrayContaining([
        'doc',
        'paragraph',
        'heading',
        'numberedParagraph',
        'bulletList',
        'orderedList',
        'listItem',
        'blockquote',
        'table',
        'tableRow',
        'tableHeader',
        'tableCell',
        'text',
      ]),
    );
    expect(Object.keys(schema.marks)).toEqual(expect.arrayContaining(['bold', 'italic', 'link']));
    expect(schema.nodes['numberedParagraph']?.spec.attrs?.['level']?.default).toBe(1);
  });

  it('keeps the paragraph as the default block, so a new document starts with a plain paragraph', () => {
    expect(rapporteurSchema().topNodeType.createAndFill()?.firstChild?.type.name).toBe('paragraph');
  });

  it('is one instance, so nodes made anywhere on the server share their types', () => {
    expect(rapporteurSchema()).toBe(rapporteurSchema());
  });
});

describe('DRAFT_FIELD', () => {
  it('is the fragment name Collaboration uses by default', () => {
    expect(DRAFT_FIELD).toBe('default');
  });
});
