import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface RadarSeries {
  name: string;
  /** One value per axis, 0 to max; null where there is none. */
  values: (number | null)[];
  /** Drawn dashed without fill: for targets. */
  outline?: boolean;
}

const PALETTE = ['var(--mat-sys-primary)', 'var(--mat-sys-tertiary)', '#2e7d32', '#8e24aa', '#ef6c00'];

/**
 * A radar (spider) chart in plain SVG: one axis per competency, one polygon per candidate,
 * the target as a dashed outline. Presentational; the page beside it has the same figures
 * as a table for screen readers.
 */
@Component({
  selector: 'cadre-radar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="radar">
      <svg [attr.viewBox]="viewBox" role="img" [attr.aria-label]="label()">
        @for (ring of rings(); track ring.level) {
          <polygon [attr.points]="ring.points" class="ring" />
        }
        @for (axis of axisLines(); track axis.label) {
          <line [attr.x1]="center" [attr.y1]="center" [attr.x2]="axis.x" [attr.y2]="axis.y" class="axis" />
          <text [attr.x]="axis.lx" [attr.y]="axis.ly" [attr.text-anchor]="axis.anchor" class="axis-label">
            <title>{{ axis.label }}</title>
            @for (line of axis.lines; track $index) {
              <tspan [attr.x]="axis.lx" [attr.dy]="$index === 0 ? axis.firstDy : '1.15em'">{{ line }}</tspan>
            }
          </text>
        }
        @for (shape of shapes(); track shape.name; let i = $index) {
          <polygon
            [attr.points]="shape.points"
            [class.outline]="shape.outline"
            [attr.stroke]="shape.color"
            [attr.fill]="shape.outline ? 'none' : shape.color"
            class="series"
          />
        }
      </svg>
      <figcaption class="legend">
        @for (shape of shapes(); track shape.name) {
          <span class="key"
            ><span
              class="swatch"
              [class.dashed]="shape.outline"
              [style.border-color]="shape.color"
              [style.background]="shape.outline ? 'transparent' : shape.color"
            ></span
            >{{ shape.name }}</span
          >
        }
      </figcaption>
    </figure>
  `,
  styles: `
    .radar {
      margin: 0;
    }
    svg {
      width: 100%;
      max-width: 560px;
      height: auto;
      display: block;
      margin: 0 auto;
    }
    .ring {
      fill: none;
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .axis {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    /* The chart scales down with its box; labels grow to stay readable (about 11 px on screen). */
    .axis-label {
      font-size: 14px;
      fill: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599.98px) {
      .axis-label {
        font-size: 18px;
      }
    }
    .series {
      stroke-width: 2;
      fill-opacity: 0.15;
    }
    .series.outline {
      stroke-dasharray: 5 4;
      fill-opacity: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      justify-content: center;
      margin-top: 8px;
      font: var(--mat-sys-body-small);
    }
    .key {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 14px;
      height: 14px;
      border: 2px solid;
      border-radius: 3px;
      opacity: 0.7;
    }
    .swatch.dashed {
      border-style: dashed;
    }
  `,
})
export class RadarChartComponent {
  readonly axes = input.required<string[]>();
  readonly series = input.required<RadarSeries[]>();
  readonly max = input(5);
  readonly label = input('Radar chart');

  protected readonly center = 200;
  private readonly radius = 140;
  /** Room around the 400 × 400 chart for the labels, so none is ever cut. */
  protected readonly viewBox = '-90 -40 580 480';

  private point(axis: number, value: number): [number, number] {
    const count = Math.max(this.axes().length, 1);
    const angle = (Math.PI * 2 * axis) / count - Math.PI / 2;
    const r = (Math.max(0, Math.min(value, this.max())) / this.max()) * this.radius;
    return [this.center + r * Math.cos(angle), this.center + r * Math.sin(angle)];
  }

  protected readonly rings = computed(() =>
    Array.from({ length: this.max() }, (_, i) => ({
      level: i + 1,
      points: this.axes()
        .map((_a, axis) =>
          this.point(axis, i + 1)
            .map((n) => n.toFixed(1))
            .join(','),
        )
        .join(' '),
    })),
  );

  protected readonly axisLines = computed(() =>
    this.axes().map((label, axis) => {
      const [x, y] = this.point(axis, this.max());
      const [lx, ly] = this.point(axis, this.max() * 1.18);
      const lines = wrapLabel(label);
      // Centre the block of lines on the label's point; above the chart, grow upwards.
      const above = ly < this.center - this.radius;
      return {
        label,
        lines,
        x,
        y,
        lx,
        ly,
        firstDy: above
          ? `${0.35 - (lines.length - 1) * 1.15}em`
          : `${0.35 - ((lines.length - 1) * 1.15) / 2}em`,
        anchor: Math.abs(lx - this.center) < 8 ? 'middle' : lx > this.center ? 'start' : 'end',
      };
    }),
  );

  protected readonly shapes = computed(() =>
    this.series().map((s, i) => ({
      name: s.name,
      outline: !!s.outline,
      color: s.outline ? 'var(--mat-sys-on-surface)' : (PALETTE[i % PALETTE.length] as string),
      points: s.values
        .map((v, axis) =>
          this.point(axis, v ?? 0)
            .map((n) => n.toFixed(1))
            .join(','),
        )
        .join(' '),
    })),
  );
}

/**
 * A label broken into at most three short lines: at spaces where there are some, every
 * seven characters where there are none (Chinese), the last line shortened with an
 * ellipsis if it must be (the full label is the axis's tooltip).
 */
export function wrapLabel(label: string, width = 14): string[] {
  const words = label.trim().split(/\s+/);
  const lines: string[] = [];
  if (words.length === 1 && [...label].length > 8) {
    const chars = [...label.trim()];
    const step = /[\u3000-\u9fff]/.test(label) ? 7 : width;
    for (let i = 0; i < chars.length; i += step) lines.push(chars.slice(i, i + step).join(''));
  } else {
    for (const word of words) {
      const last = lines[lines.length - 1];
      if (last !== undefined && (last + ' ' + word).length <= width)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
  }
  if (lines.length <= 3) return lines;
  const rest = lines.slice(2).join(' ');
  return [...lines.slice(0, 2), `${rest.slice(0, width - 1)}…`];
}
