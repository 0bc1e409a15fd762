// @vitest-environment happy-dom
// The plain pieces the charts draw with: a bar as one rect (also below zero), and the HTML legend
// that names each series in the order drawn, with a swatch like its mark.
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { plainBar } from '../../../renderer/src/insights/bar-charts';
import { ChartLegend } from '../../../renderer/src/insights/ChartLegend';

afterEach(cleanup);

function rectOf(box: Parameters<typeof plainBar>[0]): Element | null {
  const { container } = render(<svg>{plainBar(box) as ReactElement}</svg>);
  return container.querySelector('rect');
}

describe('plainBar', () => {
  it('draws the box recharts gives as it is', () => {
    const rect = rectOf({ x: 10, y: 20, width: 30, height: 40, fill: 'red' })!;
    expect(['x', 'y', 'width', 'height'].map((a) => rect.getAttribute(a))).toEqual(['10', '20', '30', '40']);
    expect((rect as SVGRectElement).style.fill).toBe('red');
  });

  it('turns a bar below zero (negative width or height) into the same box with a positive size', () => {
    // A horizontal bar from x=50 leftwards to x=20, and a vertical one from y=80 up to y=60.
    const left = rectOf({ x: 50, y: 5, width: -30, height: 10 })!;
    expect(['x', 'y', 'width', 'height'].map((a) => left.getAttribute(a))).toEqual(['20', '5', '30', '10']);
    const up = rectOf({ x: 5, y: 80, width: 10, height: -20 })!;
    expect(['x', 'y', 'width', 'height'].map((a) => up.getAttribute(a))).toEqual(['5', '60', '10', '20']);
  });

  it('draws nothing for a bar of no size', () => {
    expect(rectOf({ x: 5, y: 5, width: 0, height: 10 })).toBeNull();
    expect(rectOf({ x: 5, y: 5, width: 10, height: 0 })).toBeNull();
  });
});

describe('ChartLegend', () => {
  it('lists every series in the order given, each with a swatch hidden from assistive technology', () => {
    render(
      <ChartLegend
        items={[
          { label: 'Mood', colour: 'var(--chart-mood)', mark: 'circle' },
          { label: 'Felt supported, 7-day mean', colour: 'var(--chart-support)', mark: 'dashed' },
          { label: 'You received', colour: 'var(--chart-received)', mark: 'square' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Mood', 'Felt supported, 7-day mean', 'You received']);
    const marks = items.map((li) => li.querySelector('svg')!);
    expect(marks.every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(marks[0]!.querySelector('circle')).not.toBeNull();
    expect(marks[1]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(marks[2]!.querySelector('rect')).not.toBeNull();
  });
});
