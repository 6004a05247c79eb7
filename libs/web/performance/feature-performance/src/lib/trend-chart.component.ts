import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  OnDestroy,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import type { Chart } from 'chart.js';
import { ThemeService } from '@cadre/web/core';

export interface TrendSeries {
  labels: string[];
  actual: (string | null)[];
  target: (string | null)[];
  actualLabel: string;
  targetLabel: string;
}

/**
 * Actual against target month by month. Chart.js is imported when the chart is first
 * drawn, so it travels in this page's chunk only (the initial bundle does not carry it).
 */
@Component({
  selector: 'cadre-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="wrap"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    .wrap {
      position: relative;
      height: 260px;
      width: 100%;
    }
  `,
})
export class TrendChartComponent implements OnDestroy {
  readonly series = input.required<TrendSeries>();
  readonly label = input('');
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    const theme = inject(ThemeService);
    effect(() => {
      const series = this.series();
      theme.mode(); // drawn again in the other scheme's colours when the reader switches
      void this.draw(series);
    });
  }

  private async draw(series: TrendSeries): Promise<void> {
    const {
      Chart,
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    } = await import('chart.js');
    Chart.register(
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    );
    const canvas = this.canvas().nativeElement;
    const primary = themeColor(canvas, '--mat-sys-primary', '#3f51b5');
    const outline = themeColor(canvas, '--mat-sys-outline', '#888');
    // Chart.js draws numbers, not money: the decimal strings become numbers here only, for pixels.
    const numbers = (values: (string | null)[]) => values.map((v) => (v === null ? null : Number(v)));
    this.chart?.destroy();
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: series.labels,
        datasets: [
          { type: 'bar', label: series.actualLabel, data: numbers(series.actual), backgroundColor: primary },
          {
            type: 'line',
            label: series.targetLabel,
            data: numbers(series.target),
            borderColor: outline,
            borderDash: [6, 4],
            pointRadius: 2,
            spanGaps: true,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }

  ngOnDestroy(): void {
    this.chart?.destroy();
  }
}

/**
 * A theme colour as the canvas can use it. The theme's variables hold `light-dark(…, …)`,
 * which canvas does not understand (the bars came out black): let the browser resolve it
 * on an element beside the chart, in the colour scheme in force there.
 */
function themeColor(beside: HTMLElement, variable: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable}, ${fallback})`;
  beside.parentElement?.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || fallback;
}
