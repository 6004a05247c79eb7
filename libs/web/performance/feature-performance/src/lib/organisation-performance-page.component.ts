import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { of } from 'rxjs';
import { ORG_UNIT_KINDS, type MetricDto, type UnitAttainmentDto } from '@cadre/shared/contracts';
import { csvDocument } from '@cadre/shared/util';
import { ErrorTextPipe } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { attainmentBand, download, formatAttainment, formatMetricValue } from './metric-format';
import { PerformanceTabsComponent } from './performance-tabs.component';
import { TABLE_STYLES } from './table-styles';
import { MetricPickerComponent } from './metric-picker.component';
import { periodSelection } from './period-choice';
import { PeriodPickerComponent } from './period-picker.component';

/** HR and admin: every unit's subtree against its target, grouped by kind of unit. */
@Component({
  selector: 'cadre-organisation-performance-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PerformanceTabsComponent,
    PeriodPickerComponent,
    MetricPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'performance.org.title' | t" [subtitle]="'performance.org.subtitle' | t">
        <button
          mat-stroked-button
          type="button"
          (click)="exportCsv()"
          [disabled]="!units.hasValue()"
          data-testid="export-org"
        >
          <mat-icon>download</mat-icon>{{ 'performance.export' | t }}
        </button>
      </cadre-page-header>
      <cadre-performance-tabs />
      <div class="filters">
        <cadre-period-picker [periods]="choices().periods" [(value)]="period" />
        <cadre-metric-picker [metrics]="metrics()" [(value)]="metricCode" />
      </div>
      @if (completion.hasValue() && completion.value().length) {
        <h2 class="section">{{ 'performance.review.completionTitle' | t: { period: period() } }}</h2>
        <button
          mat-stroked-button
          type="button"
          class="export"
          (click)="exportCompletion()"
          data-testid="export-completion"
        >
          <mat-icon>download</mat-icon>{{ 'performance.export' | t }}
        </button>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="review-completion">
            <thead>
              <tr>
                <th>{{ 'performance.unit' | t }}</th>
                <th class="num">{{ 'performance.headcount' | t }}</th>
                <th class="num">{{ 'performance.review.started' | t }}</th>
                <th class="num">{{ 'performance.review.shared' | t }}</th>
                <th class="num">{{ 'performance.review.acknowledgedCount' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of completion.value(); track c.orgUnitId) {
                <tr>
                  <td>{{ c.name }}</td>
                  <td class="num" [attr.data-label]="'performance.headcount' | t">{{ c.people }}</td>
                  <td class="num" [attr.data-label]="'performance.review.started' | t">{{ c.started }}</td>
                  <td class="num" [attr.data-label]="'performance.review.shared' | t">{{ c.shared }}</td>
                  <td class="num" [attr.data-label]="'performance.review.acknowledgedCount' | t">
                    {{ c.acknowledged }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (units.isLoading() && !units.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (units.error()) {
        <cadre-error-state
          [message]="units.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="units.reload()"
        />
      } @else if (!groups().length) {
        <cadre-empty-state icon="account_tree" [title]="'performance.org.empty' | t" />
      } @else {
        @for (g of groups(); track g.kind) {
          <h2 class="section">{{ 'org.kinds.' + g.kind | t }}</h2>
          <div class="table-wrap">
            <table class="stack-on-phone" [attr.data-testid]="'org-' + g.kind">
              <thead>
                <tr>
                  <th>{{ 'performance.unit' | t }}</th>
                  <th class="num">{{ 'performance.headcount' | t }}</th>
                  <th class="num">{{ 'performance.actual' | t }}</th>
                  <th class="num">{{ 'performance.target' | t }}</th>
                  <th class="num">{{ 'performance.attainment' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (u of g.units; track u.orgUnitId) {
                  @let f = figure(u);
                  <tr>
                    <td>{{ u.name }}</td>
                    <td class="num" [attr.data-label]="'performance.headcount' | t">{{ u.headcount }}</td>
                    <td class="num" [attr.data-label]="'performance.actual' | t">
                      {{ value(f?.actual ?? null) }}
                    </td>
                    <td class="num" [attr.data-label]="'performance.target' | t">
                      {{ value(f?.target ?? null) }}
                    </td>
                    <td
                      class="num cell"
                      [class]="'num cell band-' + band(f?.attainment ?? null)"
                      [attr.data-label]="'performance.attainment' | t"
                    >
                      {{ percent(f?.attainment ?? null) }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: [
    TABLE_STYLES,
    `
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
      }
      .section {
        font: var(--mat-sys-title-medium);
        margin: 24px 0 12px;
      }
      .export {
        margin-bottom: 8px;
      }
      .cell.band-high {
        background: color-mix(in srgb, #2e7d32 22%, transparent);
      }
      .cell.band-mid {
        background: color-mix(in srgb, #f9a825 22%, transparent);
      }
      .cell.band-low {
        background: color-mix(in srgb, #c62828 18%, transparent);
      }
    `,
  ],
})
export class OrganisationPerformancePageComponent {
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);

  private readonly periodState = periodSelection();
  protected readonly calendar = this.periodState.calendar;
  protected readonly choices = this.periodState.choices;
  protected readonly period = this.periodState.key;
  protected readonly metricList = rxResource({ stream: () => this.api.metrics() });
  protected readonly metrics = computed(() => (this.metricList.hasValue() ? this.metricList.value() : []));
  protected readonly metricCode = linkedSignal(() => this.metrics()[0]?.code ?? '');
  protected readonly units = rxResource({
    params: () => this.period() || undefined,
    stream: ({ params }) => (params ? this.api.units(params) : of([])),
  });
  /** Review completion per unit, for a closed period. */
  protected readonly completion = rxResource({
    params: () => {
      const p = this.choices().periods.find((x) => x.key === this.period());
      return p?.closed ? { periodId: p.id } : undefined;
    },
    stream: ({ params }) => this.api.reviewCompletion(params.periodId),
  });
  protected readonly groups = computed(() => {
    const units = this.units.hasValue() ? this.units.value() : [];
    return ORG_UNIT_KINDS.map((kind) => ({ kind, units: units.filter((u) => u.kind === kind) })).filter(
      (g) => g.units.length,
    );
  });

  protected figure(u: UnitAttainmentDto) {
    return u.figures.find((f) => f.metricCode === this.metricCode());
  }

  protected name(m: MetricDto): string {
    return this.i18n.pick({ en: m.nameEn, zh: m.nameZh });
  }

  protected value(v: string | null): string {
    return formatMetricValue(
      v,
      this.metrics().find((m) => m.code === this.metricCode()),
      this.i18n.locale(),
    );
  }

  protected percent(ratio: string | null): string {
    return formatAttainment(ratio, this.i18n.locale());
  }

  protected band(ratio: string | null): string {
    return attainmentBand(ratio);
  }

  protected exportCompletion(): void {
    if (!this.completion.hasValue()) return;
    const header = [
      this.i18n.t('performance.unit'),
      this.i18n.t('performance.headcount'),
      this.i18n.t('performance.review.started'),
      this.i18n.t('performance.review.shared'),
      this.i18n.t('performance.review.acknowledgedCount'),
    ];
    const rows = this.completion.value().map((c) => [c.name, c.people, c.started, c.shared, c.acknowledged]);
    download(`reviews-${this.period()}.csv`, csvDocument([header, ...rows]));
  }

  protected exportCsv(): void {
    if (!this.units.hasValue()) return;
    const metrics = this.metrics();
    const header = [
      this.i18n.t('performance.unit'),
      this.i18n.t('performance.kind'),
      this.i18n.t('performance.headcount'),
      ...metrics.flatMap((m) => [
        `${this.name(m)} · ${this.i18n.t('performance.actual')}`,
        `${this.name(m)} · ${this.i18n.t('performance.target')}`,
        `${this.name(m)} · ${this.i18n.t('performance.attainment')}`,
      ]),
    ];
    const body = this.units.value().map((u) => [
      u.name,
      this.i18n.t(`org.kinds.${u.kind}`),
      u.headcount,
      ...metrics.flatMap((m) => {
        const f = u.figures.find((x) => x.metricCode === m.code);
        return [f?.actual ?? '', f?.target ?? '', f?.attainment ?? ''];
      }),
    ]);
    download(`organisation-${this.period()}.csv`, csvDocument([header, ...body]));
  }
}
