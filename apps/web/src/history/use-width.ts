import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's width in CSS pixels, followed as it changes: a chart drawn at its real width
 * keeps its text at the size set in CSS, where a scaled viewBox would enlarge it with the panel.
 */
export function useWidth(element: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const target = element.current;
    if (target === null) return undefined;
    const measure = (): void => {
      const measured = Math.round(target.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return width;
}
