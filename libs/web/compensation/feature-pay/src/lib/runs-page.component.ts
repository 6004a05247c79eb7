import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom, switchMap, takeWhile, timer } from 'rxjs';
import type { RunDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ControlMessagePipe, ErrorTextPipe, formSubmission, Notifier } from '@cadre/web/core';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { PayTabsComponent } from './pay-tabs.component';
import { STATUS_STYLES } from './status-chip';

const active = (runs: RunDto[]) => runs.some((r) => r.status === 'queued' || r.status === 'running');

function lastMonth(): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

/**
 * Finance calculates a period: the run is queued, a worker process calculates it, and the
 * page shows its progress until it is done, then what it wrote and whom it could not pay.
 */
@Component({
  selector: 'cadre-runs-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    ControlMessagePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.runs.title' | t" [subtitle]="'pay.runs.subtitle' | t" />
      <cadre-pay-tabs />
      <form class="request" [formGroup]="form" (ngSubmit)="request('period')" novalidate>
        <mat-form-field>
          <mat-label>{{ 'pay.runs.period' | t }}</mat-label>
          <input matInput type="month" formControlName="period" required data-testid="run-period" />
          <mat-hint>{{ 'pay.runs.periodHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.period.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="run-start">
          {{ 'pay.runs.start' | t }}
        </button>
        <button
          mat-stroked-button
          type="button"
          [disabled]="busy()"
          (click)="request('recalculation')"
          data-testid="run-recalculate"
        >
          {{ 'pay.runs.recalculate' | t }}
        </button>
      </form>
      @if (error()) {
        <p class="error" role="alert" data-testid="run-error">{{ error() }}</p>
      }
      @if (runs.isLoading() && !runs.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (runs.error()) {
        <cadre-error-state
          [message]="runs.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="runs.reload()"
        />
      } @else if (runs.hasValue() && !runs.value().length) {
        <cadre-empty-state
          icon="play_circle"
          [title]="'pay.runs.none' | t"
          [hint]="'pay.runs.noneHint' | t"
        />
      } @else if (runs.hasValue()) {
        <ul class="runs" data-testid="runs">
          @for (r of runs.value(); track r.id) {
            <li [attr.data-testid]="'run-' + r.period" [attr.data-status]="r.status">
              <div class="head">
                <strong>{{ r.period }}</strong>
                @if (r.kind === 'recalculation') {
                  <span class="muted">{{ 'pay.runs.recalculation' | t }}</span>
                }
                <span [class]="'status ' + r.status">{{ 'pay.runs.status.' + r.status | t }}</span>
                <span class="muted">{{ r.requestedAt | localDate: 'datetime' }}</span>
              </div>
              @if (r.status === 'queued' || r.status === 'running') {
                <mat-progress-bar
                  [mode]="r.payeesTotal ? 'determinate' : 'indeterminate'"
                  [value]="r.payeesTotal ? (r.payeesDone / r.payeesTotal) * 100 : 0"
                  [attr.aria-label]="'pay.runs.progress' | t: { done: r.payeesDone, total: r.payeesTotal }"
                />
                <span class="muted">{{
                  'pay.runs.progress' | t: { done: r.payeesDone, total: r.payeesTotal }
                }}</span>
              } @else if (r.status === 'succeeded' && !r.payeesTotal) {
                <span data-testid="run-result">{{ 'pay.runs.nobody' | t }}</span>
              } @else if (r.status === 'succeeded') {
                <span data-testid="run-result">{{
                  'pay.runs.result' | t: { written: r.statementsWritten, kept: r.keptApproved }
                }}</span>
              } @else {
                <span class="error">{{
                  'pay.runs.failed'
                    | t
                      : {
                          reason:
                            r.failure === 'worker_lost' ? ('pay.runs.workerLost' | t) : (r.failure ?? ''),
                        }
                }}</span>
              }
              @if (r.problems.length) {
                <details>
                  <summary>{{ 'pay.runs.problems' | t: { count: r.problems.length } }}</summary>
                  <ul>
                    @for (p of r.problems; track p.employeeId) {
                      <li>{{ p.fullName }}: {{ 'pay.runs.problem.' + p.code | t: p.params }}</li>
                    }
                  </ul>
                </details>
              }
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: [
    STATUS_STYLES,
    `
      .request {
        display: flex;
        gap: 12px;
        align-items: baseline;
        flex-wrap: wrap;
      }
      .runs {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 12px;
      }
      .runs > li {
        display: grid;
        gap: 6px;
        padding: 12px 16px;
        border: 1px solid var(--mat-sys-outline-variant);
        border-radius: 12px;
      }
      .head {
        display: flex;
        gap: 12px;
        align-items: center;
        flex-wrap: wrap;
      }
      .status.queued,
      .status.running {
        background: var(--mat-sys-tertiary-container);
      }
      .status.succeeded {
        background: var(--mat-sys-primary-container);
      }
      .status.failed,
      .error {
        color: var(--mat-sys-error);
      }
    `,
  ],
})
export class RunsPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly notifier = inject(Notifier);

  /** Polled every second while a run is queued or running; still otherwise. */
  protected readonly runs = rxResource({
    stream: () =>
      timer(0, 1000).pipe(
        switchMap(() => this.api.runs()),
        takeWhile((runs) => active(runs), true),
      ),
  });
  protected readonly form = new FormGroup({
    period: new FormControl(lastMonth(), {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\d{4}-\d{2}$/)],
    }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  /** A period's run, or a recalculation of a locked period whose credits changed. */
  protected async request(kind: 'period' | 'recalculation'): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const period = this.form.controls.period.value;
    await this.submission.run(async () => {
      const run = await firstValueFrom(
        kind === 'period' ? this.api.requestRun(period) : this.api.recalculate(period),
      );
      this.notifier.success('pay.runs.queued', { period: run.period });
      this.runs.reload();
    });
  }
}
