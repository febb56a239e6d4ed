/**
 * Questions to ask before the page changes inside the app (another page, signing out), when
 * leaving would lose something: the draft's unsaved edits. Closing the tab is the browser's
 * `beforeunload` (use-unsaved-changes-warning); this covers what never unloads the page.
 */
export type LeaveGuard = () => string | undefined;

export interface LeaveGuards {
  /** Adds a guard; the function returned removes it. */
  readonly add: (guard: LeaveGuard) => () => void;
  /** True when nothing would be lost, or the person confirmed every question. */
  readonly mayLeave: (confirm: (question: string) => boolean) => boolean;
}

export function createLeaveGuards(): LeaveGuards {
  const guards = new Set<LeaveGuard>();
  return {
    add(guard) {
      guards.add(guard);
      return () => {
        guards.delete(guard);
      };
    },
    mayLeave(confirm) {
      for (const guard of guards) {
        const question = guard();
        if (question !== undefined && !confirm(question)) return false;
      }
      return true;
    },
  };
}

/** The app's guards. */
export const leaveGuards = createLeaveGuards();

/** Asks the app's guards with the browser's confirm dialog. */
export function mayLeavePage(): boolean {
  return leaveGuards.mayLeave((question) => window.confirm(question));
}
