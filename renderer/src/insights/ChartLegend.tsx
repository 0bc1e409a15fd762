// The legend of a chart, drawn as plain HTML under it. recharts' own <Legend> measures itself after
// the chart is drawn and reports its size, which makes the whole chart (every bar and point) draw a
// second time: on a screen of eleven charts that doubled the cost of opening Insights.

/** How a series is drawn: a swatch like it. */
export type LegendMark = 'square' | 'circle' | 'triangle' | 'diamond' | 'line' | 'dashed';

export interface LegendItem {
  label: string;
  colour: string;
  mark: LegendMark;
}

function Swatch({ mark, colour }: { mark: LegendMark; colour: string }) {
  const fill = { fill: colour };
  const stroke = { stroke: colour, strokeWidth: 2.5 };
  return (
    <svg className="chart-legend-mark" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
      {mark === 'square' && <rect x="2" y="0" width="12" height="12" style={fill} />}
      {mark === 'circle' && <circle cx="8" cy="6" r="4.5" style={fill} />}
      {mark === 'triangle' && <path d="M8 0.5 L13.5 11 L2.5 11 Z" style={fill} />}
      {mark === 'diamond' && <path d="M8 0 L13 6 L8 12 L3 6 Z" style={fill} />}
      {mark === 'line' && <line x1="0" y1="6" x2="16" y2="6" style={stroke} />}
      {mark === 'dashed' && <line x1="0" y1="6" x2="16" y2="6" strokeDasharray="5 3" style={stroke} />}
    </svg>
  );
}

/** In the order the series are drawn. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch mark={item.mark} colour={item.colour} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
