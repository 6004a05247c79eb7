import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe, saveFile } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { learningReportCsv } from './learning-report-csv';

/** Shares of a row's enrolments for its bar: done, open on time, overdue (percent of the row). */
export function barShares(row: { enrolled: number; completed: number; overdue: number }) {
  if (!row.enrolled) return { done: 0, open: 0, overdue: 0 };
  const done = (row.completed * 100) / row.enrolled;
  const overdue = (row.overdue * 100) / row.enrolled;
  return { done, overdue, open: Math.max(0, 100 - done - overdue) };
}

/**
 * HR's learning report (a manager's, for their part of the organisation): completion and
 * overdue by org unit, each unit's subtree summed, and by course; as bars and figures, and
 * as a CSV file for a spreadsheet.
 */
@Component({
  selector: 'cadre-learning-reports-page',
  imports: [
    ErrorTextPipe,
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'learning.reports.title' | t" [subtitle]="'learning.reports.subtitle' | t">
        <a mat-stroked-button routerLink="../team">
          <mat-icon>arrow_back</mat-icon>{{ 'learning.reports.toTeam' | t }}
        </a>
        @if (report.hasValue() && report.value().units.length) {
          <button mat-flat-button type="button" (click)="downloadCsv()" data-testid="report-csv">
            <mat-icon>download</mat-icon>{{ 'learning.reports.csv' | t }}
          </button>
        }
      </cadre-page-header>
      @if (report.isLoading() && !report.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (report.error()) {
        <cadre-error-state
          [message]="report.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="report.reload()"
        />
      } @else if (report.hasValue()) {
        @if (report.value().units.length === 0) {
          <cadre-empty-state
            icon="bar_chart"
            [title]="'learning.reports.empty' | t"
            [hint]="'learning.reports.emptyHint' | t"
          />
        } @else {
          <p class="muted">{{ 'learning.reports.asOf' | t: { date: (report.value().asOf | localDate) } }}</p>
          <ul class="legend" aria-hidden="true">
            <li><span class="swatch done"></span>{{ 'learning.reports.done' | t }}</li>
            <li><span class="swatch open"></span>{{ 'learning.reports.open' | t }}</li>
            <li><span class="swatch overdue"></span>{{ 'learning.status.overdue' | t }}</li>
          </ul>
          <h2 class="section">{{ 'learning.reports.byUnit' | t }}</h2>
          <table data-testid="report-units">
            <thead>
              <tr>
                <th>{{ 'learning.reports.unit' | t }}</th>
                <th class="bar-col">{{ 'learning.reports.chart' | t }}</th>
                <th class="num">{{ 'learning.reports.doneOf' | t }}</th>
                <th class="num">{{ 'learning.status.overdue' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (u of report.value().units; track u.unitId) {
                <tr>
                  <td [style.--depth]="u.depth" class="name">
                    {{ u.name }}
                    <div class="inline-bar">
                      <ng-container *ngTemplateOutlet="bar; context: { $implicit: u }" />
                    </div>
                  </td>
                  <td class="bar-col">
                    <ng-container *ngTemplateOutlet="bar; context: { $implicit: u }" />
                  </td>
                  <td class="num">{{ u.completed }} / {{ u.enrolled }}</td>
                  <td class="num" [class.overdue]="u.overdue > 0">{{ u.overdue }}</td>
                </tr>
              }
            </tbody>
          </table>
          <h2 class="section">{{ 'learning.reports.byCourse' | t }}</h2>
          <table data-testid="report-courses">
            <thead>
              <tr>
                <th>{{ 'learning.team.course' | t }}</th>
                <th class="bar-col">{{ 'learning.reports.chart' | t }}</th>
                <th class="num">{{ 'learning.reports.doneOf' | t }}</th>
                <th class="num">{{ 'learning.status.overdue' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of report.value().courses; track c.courseId) {
                <tr>
                  <td>
                    {{ c.title | bilingual }} <span class="muted">{{ c.code }}</span>
                    <div class="inline-bar">
                      <ng-container *ngTemplateOutlet="bar; context: { $implicit: c }" />
                    </div>
                  </td>
                  <td class="bar-col">
                    <ng-container *ngTemplateOutlet="bar; context: { $implicit: c }" />
                  </td>
                  <td class="num">{{ c.completed }} / {{ c.enrolled }}</td>
                  <td class="num" [class.overdue]="c.overdue > 0">{{ c.overdue }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </div>
    <ng-template #bar let-row>
      @let share = shares(row);
      <div
        class="bar"
        role="img"
        [attr.aria-label]="
          'learning.reports.barLabel' | t: { done: row.completed, total: row.enrolled, overdue: row.overdue }
        "
      >
        <span class="done" [style.width.%]="share.done"></span>
        <span class="open" [style.width.%]="share.open"></span>
        <span class="overdue" [style.width.%]="share.overdue"></span>
      </div>
    </ng-template>
  `,
  styles: `
    .section {
      font: var(--mat-sys-title-medium);
      margin: 24px 0 8px;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      list-style: none;
      padding: 0;
      margin: 8px 0;
      li {
        display: flex;
        align-items: center;
        gap: 6px;
      }
    }
    .swatch {
      width: 12px;
      height: 12px;
      border-radius: 2px;
      display: inline-block;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
      th,
      td {
        text-align: left;
        padding: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        overflow-wrap: break-word;
      }
      .name {
        padding-inline-start: calc(8px + var(--depth, 0) * 16px);
      }
      .num {
        text-align: right;
        white-space: nowrap;
        width: 88px;
      }
    }
    .bar-col {
      width: 40%;
    }
    .bar {
      display: flex;
      height: 14px;
      border-radius: 7px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-high);
    }
    .done {
      background: var(--mat-sys-primary);
    }
    .open {
      background: var(--mat-sys-outline-variant);
    }
    .overdue {
      background: var(--mat-sys-error);
    }
    td.overdue {
      background: none;
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .inline-bar {
      display: none;
    }
    /* On a phone the bar goes under the name, so names keep the width they need. */
    @media (max-width: 599px) {
      .bar-col {
        display: none;
      }
      .inline-bar {
        display: block;
        margin-top: 6px;
      }
      table .name {
        padding-inline-start: calc(8px + var(--depth, 0) * 8px);
      }
      table .num {
        width: 56px;
      }
    }
  `,
})
export class LearningReportsPageComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);

  protected readonly report = rxResource({ stream: () => this.api.report() });
  protected readonly shares = barShares;

  protected downloadCsv(): void {
    if (!this.report.hasValue()) return;
    const t = (key: string) => this.i18n.t(key);
    const csv = learningReportCsv(
      this.report.value(),
      {
        scope: t('learning.reports.csvScope'),
        unit: t('learning.reports.csvName'),
        course: t('learning.team.course'),
        code: t('learning.reports.csvCode'),
        enrolled: t('learning.team.enrolled'),
        completed: t('learning.reports.done'),
        overdue: t('learning.status.overdue'),
        completion: t('learning.reports.csvCompletion'),
        unitScope: t('learning.reports.unit'),
        courseScope: t('learning.team.course'),
      },
      (text) => this.i18n.pick(text),
    );
    saveFile(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `learning-report-${this.report.value().asOf}.csv`,
    );
  }
}
