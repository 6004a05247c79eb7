import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import type { RequisitionDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, SessionStore } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { RequisitionDialogComponent } from './requisition-dialog.component';

/** Requisitions: all of them for HR, a hiring manager's own otherwise; and the scorecards I owe. */
@Component({
  selector: 'cadre-requisitions-page',
  imports: [
    ErrorTextPipe,
    RouterLink,
    MatCardModule,
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
      <cadre-page-header
        [title]="'recruitment.title' | t"
        [subtitle]="(isRecruiter() ? 'recruitment.subtitleHr' : 'recruitment.subtitleManager') | t"
      >
        @if (isRecruiter()) {
          <button mat-flat-button type="button" (click)="create()" data-testid="add-requisition">
            <mat-icon>add</mat-icon>{{ 'recruitment.requisition.add' | t }}
          </button>
        }
      </cadre-page-header>

      @if (owed.hasValue() && owed.value().length) {
        <section aria-labelledby="owed-title" data-testid="owed-scorecards">
          <h2 class="section-title" id="owed-title">{{ 'recruitment.owed.title' | t }}</h2>
          <div class="cards">
            @for (o of owed.value(); track o.applicationId) {
              <a
                mat-stroked-button
                class="owed"
                [routerLink]="['/recruitment/applications', o.applicationId]"
              >
                <mat-icon>rate_review</mat-icon>
                <span>{{ o.candidateName }} · {{ o.requisitionTitle }}</span>
              </a>
            }
          </div>
        </section>
      }

      <h2 class="section-title">{{ 'recruitment.requisitions' | t }}</h2>
      @if (requisitions.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (requisitions.error()) {
        <cadre-error-state
          [message]="requisitions.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="requisitions.reload()"
        />
      } @else if (list().length === 0) {
        <cadre-empty-state
          icon="work_outline"
          [title]="'recruitment.noRequisitions' | t"
          [hint]="(isRecruiter() ? 'recruitment.noRequisitionsHintHr' : 'recruitment.noRequisitionsHint') | t"
        />
      } @else {
        <div class="cards" data-testid="requisition-list">
          @for (r of list(); track r.id) {
            <mat-card appearance="outlined" class="requisition">
              <mat-card-header>
                <mat-card-title
                  ><a [routerLink]="['/recruitment/requisitions', r.id]">{{ r.title }}</a></mat-card-title
                >
                <mat-card-subtitle
                  >{{ r.roleProfileName | bilingual }} v{{ r.roleProfileVersion }} ·
                  {{ r.orgUnitName }}</mat-card-subtitle
                >
              </mat-card-header>
              <mat-card-content>
                <div class="facts">
                  <span class="status status-{{ r.status }}">{{
                    'recruitment.statuses.' + r.status | t
                  }}</span>
                  <span>{{
                    'recruitment.requisition.seats' | t: { filled: r.filled, headcount: r.headcount }
                  }}</span>
                  <span>{{
                    (r.applications === 1
                      ? 'recruitment.requisition.applicationsOne'
                      : 'recruitment.requisition.applicationsCount'
                    ) | t: { count: r.applications }
                  }}</span>
                  <span class="muted">{{
                    'recruitment.requisition.managedBy' | t: { name: r.hiringManagerName }
                  }}</span>
                  @if (r.openedAt) {
                    <span class="muted">{{
                      'recruitment.requisition.openedOn' | t: { date: (r.openedAt | localDate) }
                    }}</span>
                  }
                </div>
              </mat-card-content>
            </mat-card>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      gap: 12px;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
    }
    .owed {
      justify-content: flex-start;
      height: auto;
      padding: 12px;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin-top: 8px;
    }
    .status {
      padding: 2px 8px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-high);
    }
    .status-open {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-filled {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    mat-card-title a {
      color: inherit;
    }
  `,
})
export class RequisitionsPageComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly isRecruiter = computed(() => this.session.hasPermission('recruitment:manage'));
  protected readonly requisitions = rxResource({ stream: () => this.api.requisitions() });
  protected readonly owed = rxResource({ stream: () => this.api.owedScorecards() });
  protected readonly list = computed(() => (this.requisitions.hasValue() ? this.requisitions.value() : []));

  protected create(): void {
    this.dialog
      .open(RequisitionDialogComponent)
      .afterClosed()
      .subscribe((created: RequisitionDto | undefined) => {
        if (created) void this.router.navigate(['/recruitment/requisitions', created.id]);
      });
  }
}
