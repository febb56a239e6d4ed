import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { isBlankDraft } from './use-draft-empty.js';

function fragmentWith(build: (fragment: Y.XmlFragment) => void): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('default');
  build(fragment);
  return fragment;
}

describe('isBlankDraft', () => {
  it('counts nothing at all, and the one empty paragraph an editor shows, as blank', () => {
    expect(isBlankDraft(fragmentWith(() => undefined))).toBe(true);
    expect(
      isBlankDraft(
        fragmentWith((fragment) => {
          fragment.push([new Y.XmlElement('paragraph')]);
        }),
      ),
    ).toBe(true);
  });

  it('counts a typed character, two paragraphs or a heading as not blank', () => {
    const typed = fragmentWith((fragment) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.push([new Y.XmlText(' ')]);
      fragment.push([paragraph]);
    });
    expect(isBlankDraft(typed)).toBe(false);
    const two = fragmentWith((fragment) => {
      fragment.push([new Y.XmlElement('paragraph'), new Y.XmlElement('paragraph')]);
    });
    expect(isBlankDraft(two)).toBe(false);
    expect(
      isBlankDraft(
        fragmentWith((fragment) => {
          fragment.push([new Y.XmlElement('heading')]);
        }),
      ),
    ).toBe(false);
  });
});
