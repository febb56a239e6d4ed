import { useEffect } from 'react';

/**
 * Runs `action` once, `delay` ms after the component shows it; a new `action` (keep it stable
 * with `useCallback`) or `delay` starts the wait again, and leaving the page cancels it.
 */
export function useTimeout(action: () => void, delay: number): void {
  useEffect(() => {
    const timer = setTimeout(action, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [action, delay]);
}
