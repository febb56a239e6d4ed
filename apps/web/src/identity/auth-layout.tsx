import type { ReactElement, ReactNode } from 'react';

import { BrandMark } from '../app/brand-mark.js';
import './auth-page.css';

/** The frame of the pages shown before anyone is signed in: the product's name and one card. */
export function AuthLayout({
  title,
  lead,
  children,
  footer,
}: {
  readonly title: string;
  readonly lead: ReactNode;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
}): ReactElement {
  return (
    <main className="auth-page">
      <div className="auth-page__column">
        <div className="auth-page__brand">
          <BrandMark size={36} />
          <span className="auth-page__name">Rapporteur</span>
        </div>
        <section className="auth-card" aria-labelledby="auth-title">
          <h1 className="auth-card__title" id="auth-title">
            {title}
          </h1>
          <p className="auth-card__lead">{lead}</p>
          {children}
        </section>
        {footer !== undefined && <p className="auth-page__footer">{footer}</p>}
      </div>
    </main>
  );
}
