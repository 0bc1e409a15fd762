// The Insights screen's sections, drawn a few at a time: the first screenful at once, the rest one
// by one when the page is idle (or sooner, when the person scrolls near one). Drawing all twelve
// charts in one go made the first visit wait for charts nobody could see yet. Memoized, so a change
// of range or the loading state does not draw the charts again until new figures arrive. New
// figures (another range) reach the first screenful at once and the sections below it in a render
// of their own that gives way to the browser, so the first screenful is drawn before them; until
// they have the new figures, the sections say they are busy.
import { memo, useCallback, useDeferredValue, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Insights } from '../../../shared/insights';
import { CalendarSection } from './CalendarSection';
import { CheckinsSection } from './CheckinsSection';
import { CircleSection } from './CircleSection';
import { HelpSection } from './HelpSection';
import { KindsSection } from './KindsSection';
import { PeopleSection } from './PeopleSection';
import { StressSection } from './StressSection';
import { SupportMoodSection } from './SupportMoodSection';
import { TimeSection } from './TimeSection';

// Each memoized: drawing one more section leaves those already drawn alone.
const SECTIONS: ComponentType<{ insights: Insights }>[] = [
  TimeSection,
  SupportMoodSection,
  KindsSection,
  HelpSection,
  PeopleSection,
  StressSection,
  CircleSection,
  CalendarSection,
  CheckinsSection,
].map((section) => memo(section));

/** The sections a 800-pixel-high window shows first. */
const FIRST_SECTIONS = 2;
type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `callback` once the page is idle (after the sections already there have drawn: a chart
 * measures its box and draws in the tasks after its first render); returns how to cancel it.
 */
function whenIdle(callback: () => void): () => void {
  const w = window as IdleWindow;
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(callback);
    return () => w.cancelIdleCallback!(handle);
  }
  const timer = setTimeout(callback, 0);
  return () => clearTimeout(timer);
}

export const InsightsSections = memo(function InsightsSections({ insights }: { insights: Insights }) {
  const [shown, setShown] = useState(FIRST_SECTIONS);
  useEffect(() => (shown < SECTIONS.length ? whenIdle(() => setShown((n) => Math.max(n, shown + 1))) : undefined), [shown]);
  const showUpTo = useCallback((index: number) => setShown((n) => Math.max(n, index + 1)), []);
  const later = useDeferredValue(insights);
  const behind = later !== insights;
  const complete = shown >= SECTIONS.length && !behind;

  return (
    <div className="insights-sections" data-complete={complete} aria-busy={behind}>
      {SECTIONS.map((Section, i) =>
        i < shown ? <Section key={i} insights={i < FIRST_SECTIONS ? insights : later} /> : <Placeholder key={i} index={i} onNear={showUpTo} />,
      )}
    </div>
  );
});

/** Holds a section's place (roughly its height) until it is drawn; draws it once scrolled into view. */
function Placeholder({ index, onNear }: { index: number; onNear: (index: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((seen) => {
      if (seen.some((s) => s.isIntersecting)) onNear(index);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [index, onNear]);
  return <div ref={ref} className="insights-placeholder" aria-hidden="true" />;
}
