import type { Editor } from '@tiptap/react';
import type { ReactElement, ReactNode } from 'react';

type Chain = ReturnType<Editor['chain']>;

/** A click handler that runs a command chain on the editor, keeping its focus. */
export type ChainRunner = (command: (chain: Chain) => Chain) => () => void;

export function chainRunner(editor: Editor): ChainRunner {
  return (command) => () => {
    command(editor.chain().focus()).run();
  };
}

interface ToolbarGroupProps {
  readonly label: string;
  readonly children: ReactNode;
}

/** A labelled run of related buttons, set off from its neighbours by a rule. */
export function ToolbarGroup({ label, children }: ToolbarGroupProps): ReactElement {
  return (
    <div className="toolbar__group" role="group" aria-label={label}>
      {children}
    </div>
  );
}
