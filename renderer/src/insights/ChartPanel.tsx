// One chart on the Insights screen: a heading, the chart (an image to assistive technology, with a
// summary), a "View as table" toggle showing the same numbers in a real table, and an empty state.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  /** The cell text; the first column is the row header. */
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

export interface TableSpec<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

interface Props<Row> {
  /** data-chart name, for tests and the benchmark. */
  name: string;
  title: string;
  /** h2 for a chart that is its own section, h3 for a chart inside a section. */
  level?: 2 | 3;
  /** Shown instead of the chart and the table when there is not enough to draw. */
  empty?: string | null;
  /** Plain-language summary of what the chart shows (the role="img" label). */
  summary: string;
  /** Drawn by recharts (ready once its svg is there) or plain HTML (ready at once). */
  drawnBy?: 'recharts' | 'html';
  table: TableSpec<Row>;
  /** Words above the chart (sentences, notes). */
  intro?: ReactNode;
  /** Under the chart (legends, toggles). */
  children: ReactNode;
  chart: ReactNode;
}

/** Marks the container data-ready="true" once the chart has drawn (or there is nothing to draw). */
function useReadyMarker(ref: React.RefObject<HTMLDivElement | null>, drawnBy: 'recharts' | 'html', empty: boolean, data: unknown) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    let frame = 0;
    const done = () => {
      frame = requestAnimationFrame(() => el.setAttribute('data-ready', 'true'));
    };
    if (empty || drawnBy === 'html') {
      el.setAttribute('data-ready', 'true');
      return undefined;
    }
    const drawn = () => el.querySelector('svg.recharts-surface .recharts-layer') !== null;
    if (drawn()) {
      el.setAttribute('data-ready', 'true');
      return undefined;
    }
    el.setAttribute('data-ready', 'false');
    const observer = new MutationObserver(() => {
      if (drawn()) {
        observer.disconnect();
        done();
      }
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref, drawnBy, empty, data]);
}

export function ChartPanel<Row>({ name, title, level = 2, empty = null, summary, drawnBy = 'recharts', table, intro, children, chart }: Props<Row>) {
  const id = useId();
  const headingId = `${id}-h`;
  const [showTable, setShowTable] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  useReadyMarker(container, drawnBy, empty !== null, table.rows);
  const Heading = level === 2 ? 'h2' : 'h3';

  return (
    <section aria-labelledby={headingId} className={`insights-panel level-${level}`}>
      <div className="insights-panel-head">
        <Heading id={headingId}>{title}</Heading>
        {empty === null && (
          <button type="button" className="insights-table-toggle" aria-pressed={showTable} aria-describedby={headingId} onClick={() => setShowTable((s) => !s)}>
            View as table
          </button>
        )}
      </div>
      {intro}
      <div className="insights-chart" data-chart={name} ref={container}>
        {empty !== null ? (
          <p className="insights-empty">{empty}</p>
        ) : (
          <div role="img" aria-label={summary} className="insights-figure">
            {chart}
          </div>
        )}
      </div>
      {empty === null && children}
      {empty === null && showTable && <DataTable spec={table} />}
    </section>
  );
}

/** The table behind a chart; its box scrolls when long, so it is focusable to scroll by keyboard. */
export function DataTable<Row>({ spec }: { spec: TableSpec<Row> }) {
  const [first, ...rest] = spec.columns;
  return (
    <div className="insights-table-wrap" tabIndex={0} role="group" aria-label={spec.caption}>
      <table className="insights-table">
        <caption>{spec.caption}</caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={spec.rowKey(row)}>
              {first && <th scope="row">{first.cell(row)}</th>}
              {rest.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
