// The two bar-chart frames Insights draws: bars along a time axis (one per day, week or month),
// and bars across, one row per name. Each chart gives its data, its axis and its bars.
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { C, integerTooltip, tick, tooltipProps } from './chart-style';
import { ChartLegend, type LegendItem } from './ChartLegend';

interface FrameProps {
  data: object[];
  height: number;
  /** Counts get whole-number tooltips; means keep their decimals. */
  counts?: boolean;
  legend?: readonly LegendItem[];
  /** The <Bar>s. */
  children: ReactNode;
}

const cursor = { fill: 'var(--surface-2)' };

/** The box recharts gives each bar (negative width or height for a bar below zero). */
interface BarBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
}

/**
 * A bar as one plain <rect>: recharts' default shape is a component with its own state and
 * animation per bar, which costs much more than the rect it draws when there are hundreds of bars.
 */
export function plainBar({ x = 0, y = 0, width = 0, height = 0, fill }: BarBox): ReactNode {
  if (!(width !== 0 && height !== 0)) return <g />;
  return <rect x={width < 0 ? x + width : x} y={height < 0 ? y + height : y} width={Math.abs(width)} height={Math.abs(height)} style={{ fill }} />;
}

/** Bars over time: the data's `label` along the bottom, counts up the side. */
export function TimeBars({ data, height, yWidth, legend, children }: FrameProps & { yWidth: number }) {
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={C.grid} strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="label" tick={tick} stroke={C.grid} minTickGap={12} />
          <YAxis allowDecimals={false} tick={tick} stroke={C.grid} width={yWidth} />
          <Tooltip {...integerTooltip} cursor={cursor} />
          {children}
        </BarChart>
      </ResponsiveContainer>
      {legend && <ChartLegend items={legend} />}
    </>
  );
}

/** Bars across, one row per name: `valueAxis` is the <XAxis> of values, `nameAxis` the <YAxis> of names. */
export function RowBars({
  data,
  height,
  counts = false,
  legend,
  barGap,
  valueAxis,
  nameAxis,
  children,
}: FrameProps & { barGap?: number; valueAxis: ReactNode; nameAxis: ReactNode }) {
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} {...(barGap === undefined ? {} : { barGap })}>
          <CartesianGrid stroke={C.grid} strokeDasharray="2 4" horizontal={false} />
          {valueAxis}
          {nameAxis}
          <Tooltip {...(counts ? integerTooltip : tooltipProps)} cursor={cursor} />
          {children}
        </BarChart>
      </ResponsiveContainer>
      {legend && <ChartLegend items={legend} />}
    </>
  );
}
