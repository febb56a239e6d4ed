import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `interval` ms: the first change at once, the latest of
 * a burst when the interval is up. A panel that refetches on every tick of a busy draft would
 * otherwise read the same page over and over.
 */
export function useThrottled<T>(value: T, interval: number): T {
  const [passed, setPassed] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const pass = (): void => {
      last.current = Date.now();
      setPassed(value);
    };
    const wait = last.current + interval - Date.now();
    if (wait <= 0) {
      pass();
      return undefined;
    }
    const timer = setTimeout(pass, wait);
    return () => {
      clearTimeout(timer);
    };
  }, [value, interval]);
  return passed;
}
