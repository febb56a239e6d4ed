import { useEffect, useState, type ReactElement } from 'react';

import { shortFingerprint } from './fingerprint.js';
import './fingerprint-chip.css';

type Copied = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays before the button reads "Copy" again. */
const COPIED_MS = 2000;

/**
 * A version's fingerprint, short on the card and whole in its title, with a button that copies
 * the whole of it: it is what a reader compares with the footer of an exported file, or with
 * `verify`.
 */
export function FingerprintChip({ hash }: { readonly hash: string }): ReactElement {
  const [copied, setCopied] = useState<Copied>('idle');
  useEffect(() => {
    if (copied === 'idle') return undefined;
    const timer = setTimeout(() => {
      setCopied('idle');
    }, COPIED_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [copied]);

  const copy = (): void => {
    // The clipboard needs a secure context and the person's leave; without it, say so.
    navigator.clipboard.writeText(hash).then(
      () => {
        setCopied('copied');
      },
      () => {
        setCopied('failed');
      },
    );
  };

  return (
    <div className="version-fact fingerprint">
      <span className="version-fact__label">Fingerprint</span>
      <span className="fingerprint__value">
        <code className="fingerprint__hash" title={hash} data-testid="version-fingerprint">
          {shortFingerprint(hash)}…
        </code>
        <button
          type="button"
          className={`fingerprint__copy${copied === 'copied' ? ' is-copied' : ''}`}
          data-testid="copy-fingerprint"
          title={
            copied === 'failed' ? 'The browser did not allow copying' : 'Copy the whole fingerprint'
          }
          aria-label={`Copy the whole fingerprint ${hash}`}
          onClick={copy}
        >
          {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Not copied' : 'Copy'}
        </button>
      </span>
    </div>
  );
}
