// "At a glance": how interactions with one person felt, what kind of support flowed and which way.
// The figures are the service's (Insights over the person's entries), not computed again here.
import { useId } from 'react';
import { DIRECTIONS, SUPPORT_KINDS, type Direction } from '../../../shared/domain';
import type { PersonInsight } from '../../../shared/insights';
import { feltSpreadWords } from '../../../shared/insights-text';
import { costWords, feltWords, KIND_LABELS, NOT_RECORDED } from '../../../shared/labels';
import { DIRECTION_LABELS, signed } from './peopleData';

/** ", from 3 of 5 interactions" when a mean left out those where it was not recorded. */
const basedOn = (used: number, of: number) => (used === of ? '' : `, from ${used} of ${of} interactions`);

/** `figures` is null when there is no interaction with the person. */
export function PersonGlance({ name, figures }: { name: string; figures: PersonInsight | null }) {
  const id = useId();
  const count = figures?.interactions ?? 0;
  return (
    <section aria-labelledby={`${id}-summary`} className="person-summary">
      <h2 id={`${id}-summary`}>At a glance</h2>
      {figures === null || count === 0 ? (
        <p>No interactions with {name} yet.</p>
      ) : (
        <div className="person-summary-grid">
          <div>
            <h3>How it felt</h3>
            <ul className="person-facts">
              <li>
                {count} {count === 1 ? 'interaction' : 'interactions'}
              </li>
              <li>
                Average felt:{' '}
                {figures.meanFelt === null
                  ? NOT_RECORDED
                  : `${signed(figures.meanFelt)} (${feltWords(figures.meanFelt)})${basedOn(figures.feltInteractions, count)}`}
              </li>
              {/* A mean hides a mix (−2 and +2 average to neutral): the counts say how often each. */}
              {figures.meanFelt !== null && <li>{feltSpreadWords(figures.feltSpread)}</li>}
              <li>
                Average cost:{' '}
                {figures.meanCost === null
                  ? NOT_RECORDED
                  : `${figures.meanCost.toFixed(1)} (${costWords(figures.meanCost)})${basedOn(figures.costInteractions, count)}`}
              </li>
            </ul>
          </div>
          <div>
            <h3 id={`${id}-kinds`}>Kinds of support</h3>
            <ul className="person-facts" aria-labelledby={`${id}-kinds`}>
              {SUPPORT_KINDS.map((k) => (
                <li key={k}>
                  {KIND_LABELS[k]}: {figures.kinds[k]}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id={`${id}-directions`}>Which way it went</h3>
            <ul className="person-facts" aria-labelledby={`${id}-directions`}>
              {DIRECTIONS.map((d) => (
                <li key={d}>
                  {DIRECTION_LABELS[d]}: {byDirection(figures)[d]}
                </li>
              ))}
              {notRecorded(figures) > 0 && <li>Not recorded: {notRecorded(figures)}</li>}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

function byDirection(f: PersonInsight): Record<Direction, number> {
  return { received: f.received, gave: f.gave, both: f.both };
}

/** Interactions whose direction was not recorded count in none of the three. */
function notRecorded(f: PersonInsight): number {
  return f.interactions - f.received - f.gave - f.both;
}
