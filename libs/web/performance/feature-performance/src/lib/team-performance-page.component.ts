import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import type { MetricDto, PersonAttainmentDto, TargetDto } from '@cadre/shared/contracts';
import { csvDocument } from '@cadre/shared/util';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { OrgUnitSelectComponent } from '@cadre/web/identity/widgets';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { CascadeDialogComponent, type CascadeDialogData } from './cascade-dialog.component';
import { TargetDialogComponent, type TargetDialogData } from './target-dialog.component';
import { attainmentBand, download, formatAttainment, formatMetricValue } from './metric-format';
import { PerformanceTabsComponent } from './performance-tabs.component';
import { TABLE_STYLES } from './table-styles';
import { periodSelection } from './period-choice';
import { PeriodPickerComponent } from './period-picker.component';

/**
 * A manager's team (HR: a unit's): the leaderboard and a person × metric heatmap of
 * attainment for a period, each person's page one click away, and the unit targets to
 * cascade down with whether their parts add up.
 */
@Component({
  selector: 'cadre-team-performance-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PerformanceTabsComponent,
    OrgUnitSelectComponent,
    PeriodPickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'performance.team.title' | t" [subtitle]="'performance.team.subtitle' | t">
        <button
          mat-flat-button
          type="button"
          (click)="setTarget()"
          [disabled]="!choices().periods.length"
          data-testid="set-target"
        >
          <mat-icon>flag</mat-icon>{{ 'performance.targets.set' | t }}
        </button>
        <button
          mat-stroked-button
          type="button"
          (click)="exportCsv()"
          [disabled]="!rows().length"
          data-testid="export-team"
        >
          <mat-icon>download</mat-icon>{{ 'performance.export' | t }}
        </button>
      </cadre-page-header>
      <cadre-performance-tabs />
      <div class="filters">
        @if (calendar.hasValue()) {
          <cadre-period-picker [periods]="choices().periods" [(value)]="period" />
        }
        @if (wholeOrganisation) {
          <!-- HR and admin see everyone: the team is a unit they choose. -->
          <cadre-org-unit-select [label]="'performance.unit' | t" [(value)]="unitId" testId="team-unit" />
        }
      </div>
      @if (wholeOrganisation && !unitId()) {
        <p class="muted" data-testid="choose-unit">{{ 'performance.team.chooseUnit' | t }}</p>
      } @else if (people.isLoading() && !people.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (people.error()) {
        <cadre-error-state
          [message]="people.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="people.reload()"
        />
      } @else if (!rows().length) {
        <cadre-empty-state
          icon="leaderboard"
          [title]="'performance.team.empty' | t"
          [hint]="'performance.team.emptyHint' | t"
        />
      } @else {
        <div class="table-wrap">
          <table class="stack-on-phone heatmap" data-testid="team-heatmap">
            <thead>
              <tr>
                <th class="num">#</th>
                <th>{{ 'performance.person' | t }}</th>
                @for (m of metrics(); track m.id) {
                  <th class="num">{{ name(m) }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (r of rows(); track r.employeeId; let i = $index) {
                <tr [attr.data-testid]="'team-row-' + r.employeeId">
                  <td class="num">{{ i + 1 }}</td>
                  <td>
                    <a [routerLink]="['/performance/people', r.employeeId]">{{ r.fullName }}</a>
                    <div class="muted">{{ r.orgUnitName }}</div>
                  </td>
                  @for (m of metrics(); track m.id) {
                    @let f = figure(r, m.code);
                    <td
                      class="num cell"
                      [class]="'num cell band-' + band(f?.attainment ?? null)"
                      [attr.data-label]="name(m)"
                    >
                      <strong>{{ percent(f?.attainment ?? null) }}</strong>
                      <div class="muted">{{ value(f?.actual ?? null, m) }}</div>
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      @if (selected()?.closed) {
        <h2 class="section">{{ 'performance.review.teamTitle' | t: { period: period() } }}</h2>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="team-reviews">
            <thead>
              <tr>
                <th>{{ 'performance.person' | t }}</th>
                <th>{{ 'performance.review.statusLabel' | t }}</th>
                <th>
                  <span class="sr-only">{{ 'performance.review.open' | t }}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              @for (r of reviewRows(); track r.employeeId) {
                <tr [attr.data-testid]="'review-row-' + r.employeeId">
                  <td>{{ r.fullName }}</td>
                  <td [attr.data-label]="'performance.review.statusLabel' | t">
                    {{
                      (r.review
                        ? 'performance.review.status.' + r.review.status
                        : 'performance.review.notStarted'
                      ) | t
                    }}
                  </td>
                  <td class="act">
                    @if (r.review) {
                      <a mat-button [routerLink]="['/performance/reviews', r.review.id]">{{
                        'performance.review.open' | t
                      }}</a>
                    } @else {
                      <button
                        mat-stroked-button
                        type="button"
                        (click)="startReview(r.employeeId)"
                        [attr.data-testid]="'start-review-' + r.employeeId"
                      >
                        <mat-icon>rate_review</mat-icon>{{ 'performance.review.start' | t }}
                      </button>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }

      <h2 class="section">{{ 'performance.targets.unitTitle' | t }}</h2>
      @if (targets.hasValue()) {
        @if (!unitTargets().length) {
          <p class="muted">{{ 'performance.targets.noUnitTargets' | t }}</p>
        } @else {
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="unit-targets">
              <thead>
                <tr>
                  <th>{{ 'performance.unit' | t }}</th>
                  <th>{{ 'performance.metric' | t }}</th>
                  <th class="num">{{ 'performance.target' | t }}</th>
                  <th>{{ 'performance.targets.parts' | t }}</th>
                  <th>
                    <span class="sr-only">{{ 'performance.targets.cascade' | t }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (t of unitTargets(); track t.id) {
                  <tr>
                    <td [attr.data-label]="'performance.unit' | t">{{ t.orgUnitName }}</td>
                    <td [attr.data-label]="'performance.metric' | t">{{ metricName(t.metricCode) }}</td>
                    <td class="num" [attr.data-label]="'performance.target' | t">
                      {{ value(t.value, metricByCode(t.metricCode)) }}
                    </td>
                    <td [attr.data-label]="'performance.targets.parts' | t">
                      @if (t.children.balance; as balance) {
                        <span
                          class="balance"
                          [class]="'balance ' + balance"
                          [attr.data-testid]="'balance-' + t.id"
                        >
                          {{ 'performance.balance.' + balance | t }}
                        </span>
                        <span class="muted">{{
                          (t.children.count === 1
                            ? 'performance.targets.partSum'
                            : 'performance.targets.partsSum'
                          )
                            | t
                              : {
                                  count: t.children.count,
                                  sum: value(t.children.sum, metricByCode(t.metricCode)),
                                }
                        }}</span>
                      } @else {
                        <span class="muted">{{ 'performance.targets.notCascaded' | t }}</span>
                      }
                    </td>
                    <td class="act">
                      <button
                        mat-stroked-button
                        type="button"
                        (click)="cascade(t)"
                        [attr.data-testid]="'cascade-' + t.id"
                      >
                        <mat-icon>account_tree</mat-icon>{{ 'performance.targets.cascade' | t }}
                      </button>
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
      .muted {
        color: var(--mat-sys-on-surface-variant);
        font: var(--mat-sys-body-small);
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
      .balance {
        padding: 0 8px;
        border-radius: 8px;
        margin-inline-end: 6px;
        font: var(--mat-sys-label-medium);
      }
      .balance.exact {
        background: color-mix(in srgb, #2e7d32 22%, transparent);
      }
      .balance.under,
      .balance.over {
        background: color-mix(in srgb, #f9a825 30%, transparent);
      }
    `,
  ],
})
export class TeamPerformancePageComponent {
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);

  private readonly periodState = periodSelection();
  protected readonly calendar = this.periodState.calendar;
  protected readonly choices = this.periodState.choices;
  protected readonly period = this.periodState.key;
  protected readonly selected = this.periodState.selected;
  protected readonly metricList = rxResource({ stream: () => this.api.metrics() });
  /** HR and admin see everyone, so their team is the unit they pick (the API reads it unit by unit). */
  protected readonly wholeOrganisation = this.session.hasPermission('employees:read-all');
  protected readonly unitId = signal<string | null>(null);
  protected readonly people = rxResource({
    params: () => (this.period() ? { period: this.period(), unitId: this.unitId() } : undefined),
    stream: ({ params }) =>
      this.wholeOrganisation && !params.unitId ? of([]) : this.api.people(params.period, params.unitId),
  });
  protected readonly targets = rxResource({
    params: () => {
      const p = this.choices().periods.find((x) => x.key === this.period());
      return p ? { periodId: p.id } : undefined;
    },
    stream: ({ params }) => this.api.targets({ periodId: params.periodId }),
  });
  protected readonly metrics = computed(() => (this.metricList.hasValue() ? this.metricList.value() : []));
  /**
   * Sorted by attainment of the headline metric (the first that has targets: revenue in the
   * demo), the furthest ahead first; people without a target last.
   */
  protected readonly rows = computed(() => {
    if (!this.people.hasValue()) return [];
    const people = this.people.value();
    const lead =
      this.metrics().find((m) => people.some((p) => this.figure(p, m.code)?.target !== null))?.code ?? '';
    // A ratio to order rows by, not money: a float is fine here.
    const key = (p: PersonAttainmentDto) => Number(this.figure(p, lead)?.attainment ?? -1);
    return [...this.people.value()].sort((a, b) => key(b) - key(a) || a.fullName.localeCompare(b.fullName));
  });
  protected readonly reviews = rxResource({
    params: () => {
      const p = this.selected();
      return p?.closed ? { periodId: p.id } : undefined;
    },
    stream: ({ params }) => this.api.reviews(params.periodId),
  });
  /** Everyone on the team but the reader, with their review of the period if begun. */
  protected readonly reviewRows = computed(() => {
    const me = this.session.user()?.employeeId;
    const reviews = this.reviews.hasValue() ? this.reviews.value() : [];
    return this.rows()
      .filter((r) => r.employeeId !== me)
      .map((r) => ({ ...r, review: reviews.find((x) => x.employeeId === r.employeeId) ?? null }));
  });
  protected readonly unitTargets = computed(() =>
    this.targets.hasValue() ? this.targets.value().filter((t) => t.orgUnitId) : [],
  );

  protected figure(p: PersonAttainmentDto, code: string) {
    return p.figures.find((f) => f.metricCode === code);
  }

  protected name(m: MetricDto): string {
    return this.i18n.pick({ en: m.nameEn, zh: m.nameZh });
  }

  protected metricByCode(code: string): MetricDto | undefined {
    return this.metrics().find((m) => m.code === code);
  }

  protected metricName(code: string): string {
    const m = this.metricByCode(code);
    return m ? this.name(m) : code;
  }

  protected value(v: string | null, m: MetricDto | undefined): string {
    return formatMetricValue(v, m, this.i18n.locale());
  }

  protected percent(ratio: string | null): string {
    return formatAttainment(ratio, this.i18n.locale());
  }

  protected band(ratio: string | null): string {
    return attainmentBand(ratio);
  }

  protected exportCsv(): void {
    const metrics = this.metrics();
    const header = [
      this.i18n.t('performance.person'),
      this.i18n.t('performance.unit'),
      ...metrics.flatMap((m) => [
        `${this.name(m)} · ${this.i18n.t('performance.actual')}`,
        `${this.name(m)} · ${this.i18n.t('performance.target')}`,
        `${this.name(m)} · ${this.i18n.t('performance.attainment')}`,
      ]),
    ];
    const body = this.rows().map((r) => [
      r.fullName,
      r.orgUnitName,
      ...metrics.flatMap((m) => {
        const f = this.figure(r, m.code);
        return [f?.actual ?? '', f?.target ?? '', f?.attainment ?? ''];
      }),
    ]);
    download(`team-${this.period()}.csv`, csvDocument([header, ...body]));
  }

  /** A target for one of the caller's units or people (the units come from their roll-up). */
  protected async setTarget(): Promise<void> {
    const period = this.choices().periods.find((p) => p.key === this.period());
    const units = await firstValueFrom(this.api.units(this.period())).catch(() => []);
    const data: TargetDialogData = {
      units: units.filter((u) => u.headcount > 0).map((u) => ({ id: u.orgUnitId, name: u.name })),
      people: this.rows().map((r) => ({ id: r.employeeId, name: r.fullName })),
      metrics: this.metrics(),
      periods: this.choices().periods.filter((p) => !p.closed),
      periodId: period && !period.closed ? period.id : '',
    };
    const saved = await firstValueFrom(this.dialog.open(TargetDialogComponent, { data }).afterClosed());
    if (saved) {
      this.targets.reload();
      this.people.reload();
    }
  }

  protected async startReview(employeeId: string): Promise<void> {
    const period = this.selected();
    if (!period) return;
    try {
      const review = await firstValueFrom(this.api.startReview(employeeId, period.id));
      await this.router.navigate(['/performance/reviews', review.id]);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected async cascade(target: TargetDto): Promise<void> {
    const data: CascadeDialogData = { target, metric: this.metricByCode(target.metricCode) };
    const done = await firstValueFrom(
      this.dialog.open(CascadeDialogComponent, { data, autoFocus: 'first-tabbable' }).afterClosed(),
    );
    if (done) this.targets.reload();
  }
}
