import type { ReactElement } from 'react';

import { BrandMark } from '../app/brand-mark.js';
import type { Meeting } from './meeting-api.js';
import './top-bar.css';

/** The application bar: the product, and where in it this page is. */
export function TopBar({ meeting }: { readonly meeting: Meeting | undefined }): ReactElement {
  return (
    <header className="top-bar">
      <a className="top-bar__brand" href="/">
        <BrandMark size={26} />
        <span className="top-bar__name">Rapporteur</span>
      </a>
      {meeting !== undefined && (
        <nav className="top-bar__trail" aria-label="You are here">
          <span className="top-bar__separator" aria-hidden="true">
            /
          </span>
          <span className="top-bar__symbol">{meeting.symbol}</span>
          <span className="top-bar__title">{meeting.title}</span>
        </nav>
      )}
    </header>
  );
}
