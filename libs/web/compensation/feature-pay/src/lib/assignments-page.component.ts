import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { firstValueFrom } from 'rxjs';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { AssignPlanDialogComponent } from './assign-plan-dialog.component';
import { AssignmentProposalsComponent } from './assignment-proposals.component';
import { PayTabsComponent } from './pay-tabs.component';
import { STATUS_STYLES } from './status-chip';

/** Who is paid on which plan, from when, and who has not acknowledged it yet (HR and finance). */
@Component({
  selector: 'cadre-assignments-page',
  imports: [
    MatButtonModule,
    MatSlideToggleModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
    AssignmentProposalsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.assignments.title' | t" [subtitle]="'pay.assignments.subtitle' | t">
        @if (canAssign) {
          <button mat-flat-button type="button" (click)="assign()" data-testid="assign-open">
            {{ 'pay.assign.open' | t }}
          </button>
        }
      </cadre-page-header>
      <cadre-pay-tabs />
      @if (canAssign) {
        <cadre-assignment-proposals (changed)="all.reload()" />
      }
      @if (all.isLoading() && !all.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (all.error()) {
        <cadre-error-state
          [message]="all.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="all.reload()"
        />
      } @else if (all.hasValue() && !all.value().length) {
        <cadre-empty-state icon="assignment_ind" [title]="'pay.assignments.none' | t" />
      } @else if (all.hasValue()) {
        <p class="muted" data-testid="assignments-summary">
          {{ 'pay.assignments.summary' | t: { count: all.value().length, pending: pending() } }}
        </p>
        <mat-slide-toggle
          [checked]="onlyPending()"
          (change)="onlyPending.set($event.checked)"
          data-testid="only-pending"
        >
          {{ 'pay.assignments.onlyPending' | t }}
        </mat-slide-toggle>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="assignments">
            <thead>
              <tr>
                <th>{{ 'pay.person' | t }}</th>
                <th>{{ 'pay.assignments.plan' | t }}</th>
                <th>{{ 'pay.assignments.dates' | t }}</th>
                <th>{{ 'pay.assignments.acknowledged' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @if (!rows().length) {
                <tr>
                  <td colspan="4" class="muted" data-testid="assignments-none-pending">
                    {{ 'pay.assignments.allAcknowledged' | t }}
                  </td>
                </tr>
              }
              @for (a of rows(); track a.id) {
                <tr>
                  <td>{{ a.fullName }}</td>
                  <td [attr.data-label]="'pay.assignments.plan' | t">{{ a.planCode }}</td>
                  <td [attr.data-label]="'pay.assignments.dates' | t">
                    {{ a.startsOn | localDate }}
                    @if (a.endsOn) {
                      – {{ a.endsOn | localDate }}
                    }
                  </td>
                  <td [attr.data-label]="'pay.assignments.acknowledged' | t">
                    @if (a.acknowledgedAt) {
                      {{ a.acknowledgedAt | localDate }}
                    } @else {
                      <span class="status">{{ 'pay.assignments.notYet' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
  styles: [STATUS_STYLES],
})
export class AssignmentsPageComponent {
  private readonly api = inject(CompensationApi);
  protected readonly all = rxResource({ stream: () => this.api.assignments() });
  protected readonly onlyPending = signal(false);
  protected readonly pending = computed(() =>
    this.all.hasValue() ? this.all.value().filter((a) => !a.acknowledgedAt).length : 0,
  );
  protected readonly rows = computed(() =>
    (this.all.hasValue() ? this.all.value() : []).filter((a) => !this.onlyPending() || !a.acknowledgedAt),
  );
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  /** HR reads who has acknowledged; finance also assigns. */
  protected readonly canAssign = inject(SessionStore).hasPermission('compensation:manage');

  protected async assign(): Promise<void> {
    const made = await firstValueFrom(
      this.dialog.open(AssignPlanDialogComponent, { maxWidth: '95vw' }).afterClosed(),
    );
    if (!made) return;
    this.notifier.success('pay.assign.done', { count: made.length });
    this.all.reload();
  }
}
