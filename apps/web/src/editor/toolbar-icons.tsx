import type { ReactElement } from 'react';

import { LineIcon } from '../app/line-icon.js';

/** The toolbar's line icons: one 24-unit grid, drawn with the button's text colour. */
export type IconName =
  | 'undo'
  | 'redo'
  | 'heading'
  | 'outdent'
  | 'indent'
  | 'link'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'table'
  | 'rowAdd'
  | 'columnAdd'
  | 'tableDelete';

const PATHS: Record<IconName, readonly string[]> = {
  undo: ['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['m15 14 5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  heading: ['M6 5v14', 'M16 5v14', 'M6 12h10', 'M19.5 19v-6l-1.5 1'],
  outdent: ['M3 5h18', 'M11 10h10', 'M11 14h10', 'M3 19h18', 'm7 9-3.5 3L7 15'],
  indent: ['M3 5h18', 'M11 10h10', 'M11 14h10', 'M3 19h18', 'm3.5 9 3.5 3-3.5 3'],
  link: [
    'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2',
    'M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2',
  ],
  bulletList: ['M9 6h12', 'M9 12h12', 'M9 18h12', 'M4.5 6h.01', 'M4.5 12h.01', 'M4.5 18h.01'],
  orderedList: [
    'M10 6h11',
    'M10 12h11',
    'M10 18h11',
    'M4 4.5 5.2 4v5',
    'M4 14.6c.3-.8 2.4-1 2.4.4 0 1.1-2.4 1.8-2.4 3h2.5',
  ],
  blockquote: ['M4.5 5v14', 'M9 7h11', 'M9 12h11', 'M9 17h7'],
  table: ['M3.5 5h17v14h-17z', 'M3.5 10h17', 'M3.5 14.5h17', 'M9.5 5v14', 'M14.5 5v14'],
  rowAdd: ['M3.5 4h17v9h-17z', 'M3.5 8.5h17', 'M9.5 4v9', 'M14.5 4v9', 'M12 16v5', 'M9.5 18.5h5'],
  columnAdd: ['M4 3.5h9v17H4z', 'M8.5 3.5v17', 'M4 9.5h9', 'M4 14.5h9', 'M16 12h5', 'M18.5 9.5v5'],
  tableDelete: ['M3.5 5h17v14h-17z', 'M3.5 10h17', 'M9.5 5v14', 'm12.5 12.5 5 5', 'm17.5 12.5-5 5'],
};

export function ToolbarIcon({ name }: { readonly name: IconName }): ReactElement {
  return (
    <LineIcon className="toolbar-icon" size={18} strokeWidth={1.75}>
      {PATHS[name].map((d) => (
        // A zero-length segment ("h.01") with a round cap is a dot: drawn heavier, as bullets.
        <path key={d} d={d} strokeWidth={d.endsWith('h.01') ? 3 : undefined} />
      ))}
    </LineIcon>
  );
}
