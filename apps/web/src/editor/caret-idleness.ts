import type { WebsocketProvider } from 'y-websocket';

type Awareness = WebsocketProvider['awareness'];

/** After this long without a move from its person, a caret's name tag fades (hover shows it). */
export const CARET_IDLE_AFTER_MS = 2000;

const IDLE = 'is-idle';
const OWNER = 'data-caret-owner';

interface CaretUser {
  readonly name: string;
  readonly color: string;
}

/** Who a caret belongs to: the colour comes from the account id, so two namesakes differ. */
function ownerOf(user: CaretUser): string {
  return `${user.color} ${user.name}`;
}

/** Other people's carets whose name tags fade while their person is idle. */
export interface CaretIdleness {
  /** Builds another person's caret, with its name tag (CollaborationCaret's `render`). */
  readonly render: (user: CaretUser) => HTMLElement;
  /** Starts listening to the others' awareness; returns how to stop (an effect's cleanup). */
  readonly watch: () => () => void;
}

/**
 * Watches the others' awareness: each change of someone's state (their caret moved, they typed)
 * shows their name tag again, and a timer fades it after `idleAfterMs` of nothing from them.
 * The carets' DOM is ProseMirror's: a widget keeps its node while its person types, so the tag
 * is switched in place rather than by re-rendering.
 */
export function watchCaretIdleness(
  awareness: Awareness,
  idleAfterMs: number = CARET_IDLE_AFTER_MS,
): CaretIdleness {
  const lastActive = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const carets = new Set<HTMLElement>();

  const setIdle = (owner: string, idle: boolean): void => {
    for (const caret of carets) {
      if (!caret.isConnected) carets.delete(caret);
      else if (caret.getAttribute(OWNER) === owner) caret.classList.toggle(IDLE, idle);
    }
  };

  const markActive = (owner: string): void => {
    lastActive.set(owner, Date.now());
    setIdle(owner, false);
    clearTimeout(timers.get(owner));
    timers.set(
      owner,
      setTimeout(() => {
        setIdle(owner, true);
      }, idleAfterMs),
    );
  };

  const onChange = ({ added, updated }: { added: number[]; updated: number[] }): void => {
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const user = (awareness.getStates().get(clientId) as { user?: CaretUser } | undefined)?.user;
      if (user !== undefined) markActive(ownerOf(user));
    }
  };

  return {
    render(user) {
      const owner = ownerOf(user);
      const caret = document.createElement('span');
      caret.classList.add('collaboration-carets__caret');
      caret.setAttribute(OWNER, owner);
      caret.style.borderColor = user.color;
      const since = lastActive.get(owner);
      // A caret drawn for someone we have not heard from lately starts faded.
      if (since !== undefined && Date.now() - since >= idleAfterMs) caret.classList.add(IDLE);
      const label = document.createElement('div');
      label.classList.add('collaboration-carets__label');
      label.style.backgroundColor = user.color;
      label.textContent = user.name;
      caret.append(label);
      carets.add(caret);
      return caret;
    },
    watch() {
      awareness.on('change', onChange);
      return () => {
        awareness.off('change', onChange);
        for (const timer of timers.values()) clearTimeout(timer);
        timers.clear();
      };
    },
  };
}
