import type { ReactElement, ReactNode } from 'react';

import { ToolbarIcon, type IconName } from './toolbar-icons.js';

export interface ToolbarButtonProps {
  /** What the button does, read by screen readers and shown as the tooltip. */
  readonly label: string;
  /** A keyboard shortcut shown in the tooltip, such as "Mod-B". */
  readonly shortcut?: string;
  readonly icon?: IconName;
  /** A text glyph instead of an icon (B, I, U), styled by `glyphClass`. */
  readonly glyph?: ReactNode;
  readonly glyphClass?: string;
  /** Undefined for actions (undo); true or false for toggles (bold), shown as pressed. */
  readonly active?: boolean;
  readonly disabled?: boolean;
  readonly onClick: () => void;
  readonly testId?: string;
}

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

function shortcutText(shortcut: string): string {
  return shortcut
    .split('-')
    .map((key) =>
      key === 'Mod' ? (IS_MAC ? '⌘' : 'Ctrl') : key === 'Shift' ? (IS_MAC ? '⇧' : 'Shift') : key,
    )
    .join(IS_MAC ? '' : '+');
}

/** One toolbar button: an icon or glyph, a tooltip with its shortcut, a pressed state. */
export function ToolbarButton(props: ToolbarButtonProps): ReactElement {
  const {
    label,
    shortcut,
    icon,
    glyph,
    glyphClass,
    active,
    disabled = false,
    onClick,
    testId,
  } = props;
  const title = shortcut === undefined ? label : `${label} (${shortcutText(shortcut)})`;
  return (
    <button
      type="button"
      className={`toolbar-button${active === true ? ' is-active' : ''}`}
      title={title}
      aria-label={label}
      aria-pressed={active}
      disabled={disabled}
      data-testid={testId}
      // Keep the editor's selection: a click on the toolbar must not move focus out of it.
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      onClick={onClick}
    >
      {icon !== undefined ? (
        <ToolbarIcon name={icon} />
      ) : (
        <span className={`toolbar-glyph ${glyphClass ?? ''}`}>{glyph}</span>
      )}
    </button>
  );
}
