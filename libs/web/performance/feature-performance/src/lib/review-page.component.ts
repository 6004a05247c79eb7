import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import {
  REVIEW_ACTION_KINDS,
  type MetricDto,
  type ReviewActionKind,
  type ReviewDto,
} from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { ErrorTextPipe, Notifier, describeError, toAppError } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { attainmentBand, formatAttainment, formatMetricValue } from './metric-format';
import { TABLE_STYLES } from './table-styles';

/**
 * A review (复盘) of a closed period: the figures as they stood, what worked and what did
 * not, the agreed actions and those still open from earlier reviews. The reviewer writes
 * and shares it; the person reads and acknowledges it.
 */
@Component({
  selector: 'cadre-review-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (review.isLoading() && !review.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (review.error()) {
        <cadre-error-state
          [message]="review.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="review.reload()"
        />
      } @else if (review.hasValue()) {
        @let r = review.value();
        <cadre-page-header
          [title]="'performance.review.title' | t: { name: r.employeeName, period: r.periodKey }"
          [subtitle]="'performance.review.by' | t: { name: r.reviewerName }"
        >
          <a mat-stroked-button [routerLink]="r.canEdit ? '/performance/team' : '/performance'">
            <mat-icon>arrow_back</mat-icon
            >{{ (r.canEdit ? 'performance.team.title' : 'performance.mine.title') | t }}
          </a>
        </cadre-page-header>
        <p class="status" data-testid="review-status" [attr.data-status]="r.status">
          {{ 'performance.review.status.' + r.status | t }}
          @if (r.acknowledgedAt) {
            · {{ 'performance.review.acknowledgedOn' | t: { date: (r.acknowledgedAt | localDate) } }}
          }
        </p>

        <h2 class="section">{{ 'performance.review.figures' | t }}</h2>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="review-figures">
            <thead>
              <tr>
                <th>{{ 'performance.metric' | t }}</th>
                <th class="num">{{ 'performance.actual' | t }}</th>
                <th class="num">{{ 'performance.target' | t }}</th>
                <th class="num">{{ 'performance.attainment' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (f of r.figures; track f.metricId) {
                @let m = metric(f.metricCode);
                <tr>
                  <td>{{ metricName(f.metricCode) }}</td>
                  <td class="num" [attr.data-label]="'performance.actual' | t">{{ value(f.actual, m) }}</td>
                  <td class="num" [attr.data-label]="'performance.target' | t">{{ value(f.target, m) }}</td>
                  <td
                    class="num"
                    [class]="'num band-' + band(f.attainment)"
                    [attr.data-label]="'performance.attainment' | t"
                  >
                    {{ percent(f.attainment) }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>

        @if (r.openEarlierActions.length) {
          <h2 class="section">{{ 'performance.review.earlier' | t }}</h2>
          <ul class="actions" data-testid="earlier-actions">
            @for (a of r.openEarlierActions; track a.id) {
              <li>
                <span
                  >{{ a.text
                  }}<span class="muted">
                    · {{ a.ownerName }} · {{ a.dueOn | localDate }} · {{ a.periodKey }}</span
                  ></span
                >
                <button mat-button type="button" (click)="done(a.reviewId, a.id)">
                  {{ 'performance.review.markDone' | t }}
                </button>
              </li>
            }
          </ul>
        }

        <h2 class="section">{{ 'performance.review.conversation' | t }}</h2>
        @if (r.canEdit) {
          <div class="notes">
            <mat-form-field>
              <mat-label>{{ 'performance.review.whatWorked' | t }}</mat-label>
              <textarea
                matInput
                rows="4"
                maxlength="4000"
                [(ngModel)]="whatWorked"
                data-testid="what-worked"
              ></textarea>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'performance.review.whatDidNot' | t }}</mat-label>
              <textarea
                matInput
                rows="4"
                maxlength="4000"
                [(ngModel)]="whatDidNot"
                data-testid="what-did-not"
              ></textarea>
            </mat-form-field>
          </div>
          <button
            mat-stroked-button
            type="button"
            (click)="saveNotes()"
            [disabled]="busy()"
            data-testid="save-notes"
          >
            <mat-icon>save</mat-icon>{{ 'performance.review.saveNotes' | t }}
          </button>
        } @else {
          <div class="notes read">
            <mat-card appearance="outlined"
              ><mat-card-content>
                <h3>{{ 'performance.review.whatWorked' | t }}</h3>
                <p data-testid="what-worked-text">{{ r.whatWorked || '—' }}</p>
              </mat-card-content></mat-card
            >
            <mat-card appearance="outlined"
              ><mat-card-content>
                <h3>{{ 'performance.review.whatDidNot' | t }}</h3>
                <p>{{ r.whatDidNot || '—' }}</p>
              </mat-card-content></mat-card
            >
          </div>
        }

        <h2 class="section">{{ 'performance.review.actions' | t }}</h2>
        @if (!r.actions.length) {
          <p class="muted">{{ 'performance.review.noActions' | t }}</p>
        } @else {
          <ul class="actions" data-testid="review-actions">
            @for (a of r.actions; track a.id) {
              <li [class.done]="a.doneAt">
                <span>
                  {{ a.text }}
                  @if (a.reference) {
                    <span class="chip">{{ 'performance.review.kind.' + a.kind | t }}: {{ a.reference }}</span>
                  }
                  <span class="muted"> · {{ a.ownerName }} · {{ a.dueOn | localDate }}</span>
                </span>
                @if (a.doneAt) {
                  <span class="muted">{{
                    'performance.review.doneOn' | t: { date: (a.doneAt | localDate) }
                  }}</span>
                } @else if (r.canEdit || a.ownerId === r.employeeId) {
                  <button mat-button type="button" (click)="done(r.id, a.id)">
                    {{ 'performance.review.markDone' | t }}
                  </button>
                }
              </li>
            }
          </ul>
        }
        @if (r.canEdit) {
          <mat-card appearance="outlined" class="add">
            <mat-card-content>
              <div class="add-row">
                <mat-form-field class="grow">
                  <mat-label>{{ 'performance.review.actionText' | t }}</mat-label>
                  <input matInput maxlength="500" [(ngModel)]="actionText" data-testid="action-text" />
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'performance.review.owner' | t }}</mat-label>
                  <mat-select [(ngModel)]="actionOwner" data-testid="action-owner">
                    <mat-option [value]="r.employeeId">{{ r.employeeName }}</mat-option>
                    <mat-option [value]="r.reviewerId">{{ r.reviewerName }}</mat-option>
                  </mat-select>
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'performance.review.due' | t }}</mat-label>
                  <input matInput type="date" [(ngModel)]="actionDue" data-testid="action-due" />
                </mat-form-field>
                <mat-form-field>
                  <mat-label>{{ 'performance.review.kindLabel' | t }}</mat-label>
                  <mat-select [(ngModel)]="actionKind" data-testid="action-kind">
                    @for (k of kinds; track k) {
                      <mat-option [value]="k">{{ 'performance.review.kind.' + k | t }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                @if (actionKind !== 'task') {
                  <mat-form-field class="grow">
                    <mat-label>{{ 'performance.review.reference.' + actionKind | t }}</mat-label>
                    <input
                      matInput
                      maxlength="200"
                      [(ngModel)]="actionReference"
                      data-testid="action-reference"
                    />
                  </mat-form-field>
                }
              </div>
              <button
                mat-stroked-button
                type="button"
                (click)="addAction()"
                [disabled]="busy()"
                data-testid="add-action"
              >
                <mat-icon>add_task</mat-icon>{{ 'performance.review.addAction' | t }}
              </button>
            </mat-card-content>
          </mat-card>
        }
        @if (error(); as e) {
          <p class="error" role="alert" data-testid="review-error">{{ e }}</p>
        }
        <div class="final">
          @if (r.canEdit && r.status === 'draft') {
            <button
              mat-flat-button
              type="button"
              (click)="share()"
              [disabled]="busy()"
              data-testid="share-review"
            >
              <mat-icon>send</mat-icon>{{ 'performance.review.share' | t }}
            </button>
          }
          @if (r.canAcknowledge) {
            <button
              mat-flat-button
              type="button"
              (click)="acknowledge()"
              [disabled]="busy()"
              data-testid="acknowledge-review"
            >
              <mat-icon>done_all</mat-icon>{{ 'performance.review.acknowledge' | t }}
            </button>
          }
        </div>
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
      .status,
      .muted {
        color: var(--mat-sys-on-surface-variant);
      }
      .notes {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
        gap: 12px;
      }
      .notes h3 {
        font: var(--mat-sys-title-small);
        margin: 0 0 8px;
      }
      .notes p {
        white-space: pre-wrap;
        margin: 0;
      }
      .actions {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .actions li {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        padding: 8px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .actions li.done > span:first-child {
        text-decoration: line-through;
      }
      .chip {
        margin-inline-start: 6px;
        padding: 0 6px;
        border-radius: 8px;
        background: var(--mat-sys-secondary-container);
        font: var(--mat-sys-label-small);
      }
      .add {
        margin-top: 12px;
      }
      .add-row {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .add-row .grow {
        flex: 1 1 240px;
      }
      .final {
        margin-top: 24px;
        display: flex;
        gap: 12px;
      }
      .error {
        color: var(--mat-sys-error);
      }
      .band-high {
        background: color-mix(in srgb, #2e7d32 22%, transparent);
      }
      .band-mid {
        background: color-mix(in srgb, #f9a825 22%, transparent);
      }
      .band-low {
        background: color-mix(in srgb, #c62828 18%, transparent);
      }
    `,
  ],
})
export class ReviewPageComponent {
  readonly id = input.required<string>();
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);

  protected readonly kinds = REVIEW_ACTION_KINDS;
  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.review(params),
  });
  protected readonly metricList = rxResource({ stream: () => this.api.metrics() });
  private readonly metrics = computed(() => (this.metricList.hasValue() ? this.metricList.value() : []));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected whatWorked = '';
  protected whatDidNot = '';
  protected actionText = '';
  protected actionOwner = '';
  protected actionDue = addDaysIso(todayIso(), 30);
  protected actionKind: ReviewActionKind = 'task';
  protected actionReference = '';
  private shownId: string | null = null;

  constructor() {
    // The stored text fills the form when a review arrives, not on every reload after a save.
    effect(() => {
      const r = this.review.hasValue() ? this.review.value() : null;
      if (!r || r.id === this.shownId) return;
      this.shownId = r.id;
      this.whatWorked = r.whatWorked;
      this.whatDidNot = r.whatDidNot;
      this.actionOwner = r.employeeId;
    });
  }

  protected metric(code: string): MetricDto | undefined {
    return this.metrics().find((m) => m.code === code);
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

  protected band(ratio: string | null): string {
    return attainmentBand(ratio);
  }

  protected async saveNotes(): Promise<void> {
    await this.run(
      this.api.updateReview(this.id(), { whatWorked: this.whatWorked, whatDidNot: this.whatDidNot }),
      'performance.review.saved',
    );
  }

  protected async addAction(): Promise<void> {
    if (this.actionText.trim().length < 3)
      return this.error.set(this.i18n.t('performance.review.actionTooShort'));
    if (!this.actionDue) return this.error.set(this.i18n.t('performance.review.dueRequired'));
    const ok = await this.run(
      this.api.addReviewAction(this.id(), {
        text: this.actionText.trim(),
        ownerId: this.actionOwner,
        dueOn: this.actionDue,
        kind: this.actionKind,
        reference: this.actionKind === 'task' ? null : this.actionReference.trim(),
      }),
    );
    if (ok) {
      this.actionText = '';
      this.actionReference = '';
    }
  }

  protected async done(reviewId: string, actionId: string): Promise<void> {
    // An earlier review's action answers with that review: reload this one.
    if (await this.run(this.api.completeReviewAction(reviewId, actionId), undefined, false))
      this.review.reload();
  }

  protected async share(): Promise<void> {
    if (!this.whatWorked.trim() || !this.whatDidNot.trim())
      return this.error.set(this.i18n.t('performance.review.shareNeedsBoth'));
    // What is typed is saved first: sharing sends what the reader sees.
    if (
      await this.run(
        this.api.updateReview(this.id(), { whatWorked: this.whatWorked, whatDidNot: this.whatDidNot }),
      )
    )
      await this.run(this.api.shareReview(this.id()), 'performance.review.sharedNote');
  }

  protected async acknowledge(): Promise<void> {
    await this.run(this.api.acknowledgeReview(this.id()), 'performance.review.acknowledgedNote');
  }

  private async run(call: Observable<ReviewDto>, successKey?: string, show = true): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const review = await firstValueFrom(call);
      if (show) this.review.set(review);
      if (successKey) this.notifier.success(successKey);
      return true;
    } catch (error) {
      this.error.set(describeError(this.i18n, toAppError(error)));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
