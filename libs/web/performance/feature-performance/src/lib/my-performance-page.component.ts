import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { firstValueFrom, map, of } from 'rxjs';
import type { AttainmentFigureDto, MetricDto, TargetDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { csvDocument } from '@cadre/shared/util';
import { attainmentBand, download, formatAttainment, formatMetricValue } from './metric-format';
import { MetricPickerComponent } from './metric-picker.component';
import { PerformanceTabsComponent } from './performance-tabs.component';
import { TABLE_STYLES } from './table-styles';
import { TrendChartComponent, type TrendSeries } from './trend-chart.component';

/**
 * A person's numbers: this month and this quarter per metric against target, the fiscal
 * year month by month, their targets to acknowledge, and the transactions behind a figure.
 * At /performance for oneself, /performance/people/:id for a manager or HR.
 */
@Component({
  selector: 'cadre-my-performance-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    TrendChartComponent,
    PerformanceTabsComponent,
    MetricPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (data.isLoading() && !data.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (data.error()) {
        <cadre-error-state
          [message]="data.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="data.reload()"
        />
      } @else if (data.hasValue()) {
        @let d = data.value();
        <cadre-page-header
          [title]="id() ? d.fullName : ('performance.mine.title' | t)"
          [subtitle]="'performance.mine.subtitle' | t"
        >
          @if (id()) {
            <a mat-stroked-button routerLink="/performance/team"
              ><mat-icon>arrow_back</mat-icon>{{ 'performance.team.title' | t }}</a
            >
          }
        </cadre-page-header>
        <cadre-performance-tabs />
        @if (!d.month.key) {
          <cadre-empty-state
            icon="event_busy"
            [title]="'performance.mine.noPeriod' | t"
            [hint]="'performance.mine.noPeriodHint' | t"
          />
        } @else {
          @for (window of windows(); track window.key) {
            <h2 class="section">{{ 'performance.window.' + window.kind | t: { key: window.key } }}</h2>
            <div class="cards">
              @for (f of window.figures; track f.metricId) {
                @let m = metric(f.metricCode);
                <button
                  type="button"
                  class="figure"
                  [class]="'figure band-' + band(f)"
                  [class.selected]="drill()?.metric === f.metricCode && drill()?.period === window.key"
                  (click)="drill.set({ metric: f.metricCode, period: window.key })"
                  [attr.data-testid]="'figure-' + window.kind + '-' + f.metricCode"
                >
                  <span class="name">{{ metricName(f.metricCode) }}</span>
                  <span class="actual">{{ value(f.actual, m) }}</span>
                  <span class="muted">
                    @if (f.target !== null) {
                      {{ 'performance.ofTarget' | t: { target: value(f.target, m) } }} ·
                      <strong>{{ percent(f.attainment) }}</strong>
                    } @else {
                      {{ 'performance.noTarget' | t }}
                    }
                  </span>
                </button>
              }
            </div>
          }

          <h2 class="section">{{ 'performance.mine.trend' | t }}</h2>
          <cadre-metric-picker
            [metrics]="d.metrics"
            [value]="trendCode()"
            (valueChange)="trendMetric.set($event)"
            testId="trend-metric"
          />
          @if (trend(); as series) {
            <mat-card appearance="outlined" class="chart"
              ><cadre-trend-chart [series]="series" [label]="'performance.mine.trend' | t"
            /></mat-card>
          }
        }

        @if (targets.hasValue() && targets.value().length) {
          <h2 class="section">{{ 'performance.mine.targets' | t }}</h2>
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="my-targets">
              <thead>
                <tr>
                  <th>{{ 'performance.period' | t }}</th>
                  <th>{{ 'performance.metric' | t }}</th>
                  <th class="num">{{ 'performance.target' | t }}</th>
                  <th>{{ 'performance.targets.smart' | t }}</th>
                  <th>
                    <span class="sr-only">{{ 'performance.targets.acknowledge' | t }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (t of targets.value(); track t.id) {
                  <tr>
                    <td [attr.data-label]="'performance.period' | t">{{ t.periodKey }}</td>
                    <td [attr.data-label]="'performance.metric' | t">{{ metricName(t.metricCode) }}</td>
                    <td class="num" [attr.data-label]="'performance.target' | t">
                      {{ value(t.value, metric(t.metricCode)) }}
                    </td>
                    <td [attr.data-label]="'performance.targets.smart' | t">{{ t.specific || '—' }}</td>
                    <td class="act">
                      @if (t.acknowledgedAt) {
                        <span class="muted">{{
                          'performance.targets.acknowledgedOn' | t: { date: (t.acknowledgedAt | localDate) }
                        }}</span>
                      } @else if (!id()) {
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="acknowledge(t)"
                          [attr.data-testid]="'ack-' + t.id"
                        >
                          <mat-icon>done</mat-icon>{{ 'performance.targets.acknowledge' | t }}
                        </button>
                      } @else {
                        <span class="muted">{{ 'performance.targets.notAcknowledged' | t }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }

        @if (myReviews.hasValue() && myReviews.value().length) {
          <h2 class="section">{{ 'performance.review.mine' | t }}</h2>
          <ul class="reviews" data-testid="my-reviews">
            @for (r of myReviews.value(); track r.id) {
              <li>
                <a [routerLink]="['/performance/reviews', r.id]">{{ r.periodKey }} · {{ r.reviewerName }}</a>
                <span class="muted">{{ 'performance.review.status.' + r.status | t }}</span>
              </li>
            }
          </ul>
        }

        @if (drill(); as dr) {
          <h2 class="section" id="behind">
            {{ 'performance.mine.behind' | t: { metric: metricName(dr.metric), period: dr.period } }}
          </h2>
          @if (transactions.isLoading()) {
            <cadre-loading [label]="'common.loading' | t" />
          } @else if (transactions.hasValue()) {
            @if (!transactions.value().length) {
              <p class="muted">{{ 'performance.mine.noTransactions' | t }}</p>
            } @else {
              <button
                mat-stroked-button
                type="button"
                class="export"
                (click)="exportTransactions(dr.metric, dr.period)"
                data-testid="export-behind"
              >
                <mat-icon>download</mat-icon>{{ 'performance.export' | t }}
              </button>
              <div class="table-wrap">
                <table class="stack-on-phone" data-testid="behind-figure">
                  <thead>
                    <tr>
                      <th>{{ 'performance.tx.date' | t }}</th>
                      <th>{{ 'performance.tx.id' | t }}</th>
                      <th>{{ 'performance.tx.customer' | t }}</th>
                      <th class="num">{{ 'performance.tx.share' | t }}</th>
                      <th class="num">{{ 'performance.tx.credited' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (tx of transactions.value(); track tx.id + (tx.overlay ? 'o' : 's')) {
                      <tr [class.reversal]="tx.reversal">
                        <td [attr.data-label]="'performance.tx.date' | t">{{ tx.date | localDate }}</td>
                        <td [attr.data-label]="'performance.tx.id' | t">
                          {{ tx.externalId }}
                          @if (tx.reversal) {
                            <span class="chip">{{ 'performance.tx.reversal' | t }}</span>
                          }
                          @if (tx.overlay) {
                            <span class="chip">{{ 'performance.tx.overlay' | t }}</span>
                          }
                        </td>
                        <td [attr.data-label]="'performance.tx.customer' | t">{{ tx.customer }}</td>
                        <td class="num" [attr.data-label]="'performance.tx.share' | t">
                          {{ percent(tx.share) }}
                        </td>
                        <td class="num" [attr.data-label]="'performance.tx.credited' | t">
                          {{ value(tx.credited, metric(dr.metric)) }}
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          }
        }
      }
    </div>
  `,
  styles: [
    TABLE_STYLES,
    `
      .section {
        font: var(--mat-sys-title-medium);
        margin: 24px 0 12px;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
        gap: 12px;
      }
      .figure {
        display: flex;
        flex-direction: column;
        gap: 4px;
        text-align: start;
        padding: 12px 16px;
        border-radius: 12px;
        border: 1px solid var(--mat-sys-outline-variant);
        border-inline-start-width: 6px;
        background: var(--mat-sys-surface);
        color: var(--mat-sys-on-surface);
        font: inherit;
        cursor: pointer;
      }
      .figure.selected {
        outline: 2px solid var(--mat-sys-primary);
      }
      .figure:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
      }
      .band-high {
        border-inline-start-color: #2e7d32;
      }
      .band-mid {
        border-inline-start-color: #f9a825;
      }
      .band-low {
        border-inline-start-color: #c62828;
      }
      .name {
        font: var(--mat-sys-label-large);
        color: var(--mat-sys-on-surface-variant);
      }
      .actual {
        font: var(--mat-sys-headline-small);
      }
      .muted {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
      }
      .chart {
        padding: 12px;
      }
      .chip {
        margin-inline-start: 6px;
        padding: 0 6px;
        border-radius: 8px;
        background: var(--mat-sys-secondary-container);
        font: var(--mat-sys-label-small);
      }
      .export {
        margin-bottom: 8px;
      }
      .reviews {
        list-style: none;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .reversal td {
        color: var(--mat-sys-error);
      }
    `,
  ],
})
export class MyPerformancePageComponent {
  /** From the route: someone else's page (a manager's or HR's drill-down). */
  readonly id = input<string | undefined>(undefined);
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);

  protected readonly data = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => (params.id ? this.api.ofEmployee(params.id) : this.api.mine()),
  });
  protected readonly targets = rxResource({
    params: () => (this.data.hasValue() ? { employeeId: this.data.value().employeeId } : undefined),
    stream: ({ params }) => this.api.targets({ employeeId: params.employeeId }),
  });
  /** Reviews of this person: one's own once shared, or those the reader may see. */
  protected readonly myReviews = rxResource({
    params: () => (this.data.hasValue() ? this.data.value().employeeId : undefined),
    stream: ({ params }) =>
      this.api.reviews().pipe(map((reviews) => reviews.filter((r) => r.employeeId === params))),
  });
  protected readonly drill = signal<{ metric: string; period: string } | null>(null);
  protected readonly transactions = rxResource({
    params: () => {
      const d = this.drill();
      return d && this.data.hasValue() ? { ...d, employeeId: this.data.value().employeeId } : undefined;
    },
    stream: ({ params }) =>
      params ? this.api.transactions(params.employeeId, params.metric, params.period) : of([]),
  });
  protected readonly trendMetric = signal<string | null>(null);
  /** The chosen metric, or the headline one (the first). */
  protected readonly trendCode = computed(() => {
    const metrics = this.data.hasValue() ? this.data.value().metrics : [];
    const chosen = this.trendMetric();
    return chosen && metrics.some((m) => m.code === chosen) ? chosen : (metrics[0]?.code ?? '');
  });

  protected readonly windows = computed(() => {
    if (!this.data.hasValue()) return [];
    const d = this.data.value();
    return [
      { kind: 'month', key: d.month.key, figures: d.month.figures },
      { kind: 'quarter', key: d.quarter.key, figures: d.quarter.figures },
    ].filter((w) => w.key);
  });

  protected readonly trend = computed<TrendSeries | null>(() => {
    if (!this.data.hasValue()) return null;
    const d = this.data.value();
    const code = d.metrics.some((m) => m.code === this.trendMetric())
      ? this.trendMetric()
      : d.metrics[0]?.code;
    if (!code) return null;
    const at = (f: { metricCode: string; actual: string; target: string | null }[]) =>
      f.find((x) => x.metricCode === code);
    return {
      labels: d.trend.map((t) => t.month),
      actual: d.trend.map((t) => at(t.figures)?.actual ?? null),
      target: d.trend.map((t) => at(t.figures)?.target ?? null),
      actualLabel: this.i18n.t('performance.actual'),
      targetLabel: this.i18n.t('performance.target'),
    };
  });

  protected metric(code: string): MetricDto | undefined {
    return this.data.hasValue() ? this.data.value().metrics.find((m) => m.code === code) : undefined;
  }

  protected metricName(code: string): string {
    const m = this.metric(code);
    return m ? this.i18n.pick({ en: m.nameEn, zh: m.nameZh }) : code;
  }

  protected value(v: string | null, m: MetricDto | undefined): string {
    return formatMetricValue(v, m, this.i18n.locale());
  }

  protected percent(ratio: string | null): string {
    return formatAttainment(ratio, this.i18n.locale());
  }

  protected band(f: AttainmentFigureDto): string {
    return attainmentBand(f.attainment);
  }

  protected exportTransactions(metric: string, period: string): void {
    if (!this.transactions.hasValue()) return;
    const t = (key: string) => this.i18n.t(key);
    const header = [
      'performance.tx.date',
      'performance.tx.id',
      'performance.tx.customer',
      'performance.tx.share',
      'performance.tx.credited',
    ].map(t);
    const rows = this.transactions
      .value()
      .map((tx) => [
        tx.date,
        tx.externalId +
          (tx.reversal ? ` (${t('performance.tx.reversal')})` : '') +
          (tx.overlay ? ` (${t('performance.tx.overlay')})` : ''),
        tx.customer,
        tx.share,
        tx.credited,
      ]);
    download(`${metric}-${period}.csv`, csvDocument([header, ...rows]));
  }

  protected async acknowledge(t: TargetDto): Promise<void> {
    try {
      await firstValueFrom(this.api.acknowledge(t.id));
      this.notifier.success('performance.targets.acknowledged');
      this.targets.reload();
    } catch (error) {
      this.notifier.error(error);
    }
  }
}
