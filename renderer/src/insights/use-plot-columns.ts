// How many pixel columns a chart's box has, measured as it is laid out; null until known.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function usePlotColumns(ref: RefObject<HTMLElement | null>, axesWidth: number): number | null {
  const [columns, setColumns] = useState<number | null>(null);
  // Before paint, so the chart's first drawing already has the merged points.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const width = Math.floor(el.getBoundingClientRect().width) - axesWidth;
      setColumns(width > 0 ? width : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, axesWidth]);
  return columns;
}
