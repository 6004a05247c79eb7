import { TestBed } from '@angular/core/testing';
import { RadarChartComponent, wrapLabel, type RadarSeries } from './radar-chart.component';

describe('RadarChartComponent', () => {
  function render(axes: string[], series: RadarSeries[]) {
    const fixture = TestBed.createComponent(RadarChartComponent);
    fixture.componentRef.setInput('axes', axes);
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('label', 'Ratings against targets');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const points = (polygon: Element) =>
      (polygon.getAttribute('points') ?? '').split(' ').map((p) => p.split(',').map(Number));
    return { el, points };
  }

  it('puts each value on its axis, clockwise from the top, scaled to the radius of 140', () => {
    const { el, points } = render(
      ['Prospecting', 'Closing', 'Negotiation', 'Integrity'],
      [{ name: 'Li Na', values: [5, 2.5, 0, null] }],
    );
    const [series] = Array.from(el.querySelectorAll('polygon.series'));
    // Centre (200, 200): 5 of 5 is the full radius up; 2.5 is half of it to the right;
    // 0 and "not rated" sit on the centre.
    expect(points(series as Element)).toEqual([
      [200, 60],
      [270, 200],
      [200, 200],
      [200, 200],
    ]);
  });

  it('draws one ring per level, the target as an unfilled outline, and a legend', () => {
    const { el } = render(
      ['A', 'B', 'C'],
      [
        { name: 'Target', values: [4, 3, 3], outline: true },
        { name: 'Li Na', values: [4, 3, 3] },
        { name: 'Wang Lei', values: [3, 3, 3] },
      ],
    );
    expect(el.querySelectorAll('polygon.ring')).toHaveLength(5);
    const series = Array.from(el.querySelectorAll('polygon.series'));
    expect(series.map((p) => p.getAttribute('fill') === 'none')).toEqual([true, false, false]);
    expect(series[0]?.classList.contains('outline')).toBe(true);
    expect(Array.from(el.querySelectorAll('.key')).map((k) => k.textContent?.trim())).toEqual([
      'Target',
      'Li Na',
      'Wang Lei',
    ]);
    expect(el.querySelector('svg')?.getAttribute('aria-label')).toBe('Ratings against targets');
    expect(Array.from(el.querySelectorAll('.axis-label tspan')).map((t) => t.textContent?.trim())).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('clamps values outside 0..max to the chart', () => {
    const { el, points } = render(['A', 'B'], [{ name: 'x', values: [9, -2] }]);
    expect(points(el.querySelector('polygon.series') as Element)).toEqual([
      [200, 60],
      [200, 200],
    ]);
  });

  it('wraps long labels onto lines, and keeps the full name as the axis tooltip', () => {
    const { el } = render(
      ['Consultative solution selling', '客户关系管理与维护能力', 'Integrity'],
      [{ name: 'Li Na', values: [3, 3, 3] }],
    );
    const labels = Array.from(el.querySelectorAll('text.axis-label'));
    expect(labels.map((t) => Array.from(t.querySelectorAll('tspan')).map((s) => s.textContent))).toEqual([
      ['Consultative', 'solution', 'selling'],
      ['客户关系管理与', '维护能力'],
      ['Integrity'],
    ]);
    expect(labels.map((t) => t.querySelector('title')?.textContent?.trim())).toEqual([
      'Consultative solution selling',
      '客户关系管理与维护能力',
      'Integrity',
    ]);
  });
});

describe('wrapLabel', () => {
  it('keeps at most three lines, ending a longer label with an ellipsis', () => {
    expect(wrapLabel('Strategic account planning across many regional product lines')).toEqual([
      'Strategic',
      'account',
      'planning acro…',
    ]);
  });
});
