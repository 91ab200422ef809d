/**
 * Which rows of a long table are drawn (issue 9: a 25-year log holds 20,000 entries). Short
 * tables draw every row; long ones draw what the scroll box shows plus a margin, with spacer
 * rows above and below keeping the scroll height, so the table's rows, the native scroll keys
 * and the scroll bar all behave as if every row were there.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Below this many rows the whole table is drawn, as before. */
export const VIRTUAL_FROM = 150;
const MARGIN = 20;
const GUESSED_ROW_HEIGHT = 36;

export interface RowRange {
  virtual: boolean;
  start: number;
  end: number;
  /** Heights of the spacers above and below the drawn rows, in pixels. */
  above: number;
  below: number;
}

let lastMeasured = { height: 800, rowHeight: GUESSED_ROW_HEIGHT };

/** The scroll box's ref and scroll handler, and the rows to draw. */
export function useRowWindow(
  count: number,
): [RefObject<HTMLDivElement | null>, () => void, RowRange] {
  const boxRef = useRef<HTMLDivElement | null>(null);
  // Starts from the last measured box, so coming back to the log draws the right rows at
  // once instead of a guess and then again.
  const [view, setView] = useState(() => ({ top: 0, ...lastMeasured }));
  const virtual = count >= VIRTUAL_FROM;

  const onScroll = useCallback(() => {
    const box = boxRef.current;
    if (!box) return;
    const row = box.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
    const rowHeight = row?.offsetHeight || GUESSED_ROW_HEIGHT;
    if (box.clientHeight > 0) lastMeasured = { height: box.clientHeight, rowHeight };
    setView((v) =>
      v.top === box.scrollTop && v.height === box.clientHeight && v.rowHeight === rowHeight
        ? v
        : { top: box.scrollTop, height: box.clientHeight, rowHeight },
    );
  }, []);

  // Measure once drawn, and again when the box changes size.
  useLayoutEffect(() => {
    if (!virtual || !boxRef.current) return;
    onScroll();
    const observer = new ResizeObserver(onScroll);
    observer.observe(boxRef.current);
    return () => observer.disconnect();
  }, [virtual, onScroll]);

  if (!virtual) return [boxRef, onScroll, { virtual, start: 0, end: count, above: 0, below: 0 }];
  const first = Math.floor(view.top / view.rowHeight);
  const start = Math.max(0, Math.min(count, first - MARGIN));
  const end = Math.min(count, first + Math.ceil(view.height / view.rowHeight) + MARGIN);
  const below = (count - end) * view.rowHeight;
  return [boxRef, onScroll, { virtual, start, end, above: start * view.rowHeight, below }];
}
