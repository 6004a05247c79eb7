import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';
import type { MentorProfileDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore, submission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { EmployeePickerComponent } from '@cadre/web/identity/widgets';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { EmptyStateComponent, ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';
import {
  MentorProfileDialogComponent,
  type MentorProfileDialogData,
} from './mentor-profile-dialog.component';

/** The mentor pool: who mentors, in what, with how much room. HR nominates and edits. */
@Component({
  selector: 'cadre-mentor-pool-panel',
  imports: [
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    ErrorTextPipe,
    EmployeePickerComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canManage()) {
      <div class="nominate">
        <cadre-employee-picker
          [label]="'mentoring.pool.nominate' | t"
          [(employeeId)]="nominee"
          [(displayName)]="nomineeName"
          testId="nominate-picker"
        />
        <button
          mat-flat-button
          type="button"
          [disabled]="!nominee() || busy()"
          (click)="edit(nominee()!, nomineeName())"
          data-testid="nominate"
        >
          <mat-icon>volunteer_activism</mat-icon>{{ 'mentoring.pool.nominateButton' | t }}
        </button>
      </div>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    }
    @if (pool.isLoading() && !pool.hasValue()) {
      <cadre-loading [label]="'common.loading' | t" />
    } @else if (pool.error()) {
      <cadre-error-state
        [message]="pool.error() | errorText"
        [retryLabel]="'common.retry' | t"
        (retry)="pool.reload()"
      />
    } @else if (pool.hasValue()) {
      @if (pool.value().length === 0) {
        <cadre-empty-state
          icon="volunteer_activism"
          [title]="'mentoring.pool.empty' | t"
          [hint]="'mentoring.pool.emptyHint' | t"
        />
      } @else {
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="mentor-pool">
            <thead>
              <tr>
                <th>{{ 'mentoring.pairing.mentor' | t }}</th>
                <th class="num">{{ 'mentoring.pool.load' | t }}</th>
                <th>{{ 'mentoring.profile.languages' | t }}</th>
                <th>{{ 'mentoring.profile.strengths' | t }}</th>
                @if (canManage()) {
                  <th>
                    <span class="sr-only">{{ 'mentoring.team.actions' | t }}</span>
                  </th>
                }
              </tr>
            </thead>
            <tbody>
              @for (m of pool.value(); track m.employeeId) {
                <tr [class.inactive]="!m.active">
                  <td>
                    <strong>{{ m.fullName }}</strong>
                    <div class="muted">{{ m.jobTitle }} · {{ m.orgUnitName }}</div>
                    @if (m.availability) {
                      <div class="muted">{{ m.availability }}</div>
                    }
                    @if (!m.active) {
                      <div class="muted">{{ 'mentoring.pool.inactive' | t }}</div>
                    }
                  </td>
                  <td
                    class="num"
                    [class.full]="m.load >= m.capacity"
                    [attr.data-label]="'mentoring.pool.load' | t"
                  >
                    {{ m.load }} / {{ m.capacity }}
                  </td>
                  <td [attr.data-label]="'mentoring.profile.languages' | t">
                    @for (l of m.languages; track l; let last = $last) {
                      {{ 'mentoring.language.' + l | t }}{{ last ? '' : ', ' }}
                    }
                  </td>
                  <td [attr.data-label]="'mentoring.profile.strengths' | t">
                    @for (s of m.strengths; track s.competencyId; let last = $last) {
                      <span [title]="s.reason ?? ''">{{ s.competencyName | bilingual }} {{ s.level }}</span
                      >{{ last ? '' : ' · ' }}
                    }
                  </td>
                  @if (canManage()) {
                    <td class="act">
                      <button
                        mat-icon-button
                        type="button"
                        (click)="edit(m.employeeId, m.fullName)"
                        [attr.aria-label]="'mentoring.pool.edit' | t: { name: m.fullName }"
                      >
                        <mat-icon>edit</mat-icon>
                      </button>
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    .nominate cadre-employee-picker {
      flex: 1 1 320px;
      max-width: 480px;
    }
    .nominate {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        padding: 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
      .num {
        text-align: right;
        white-space: nowrap;
      }
      .act {
        text-align: right;
      }
    }
    .full {
      color: var(--mat-sys-tertiary);
      font-weight: 500;
    }
    .inactive {
      opacity: 0.7;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class MentorPoolPanelComponent {
  private readonly api = inject(MentorshipApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);
  protected readonly pool = rxResource({ stream: () => this.api.pool() });
  protected readonly canManage = computed(() => this.session.hasPermission('mentorship:manage'));
  protected readonly nominee = signal<string | null>(null);
  protected readonly nomineeName = signal('');
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async edit(employeeId: string, fullName: string): Promise<void> {
    let data: MentorProfileDialogData | null = null;
    await this.submission.run(async () => {
      const candidate = await firstValueFrom(this.api.candidate(employeeId));
      data = { candidate, fullName, self: employeeId === this.session.user()?.employeeId };
    });
    if (!data) return;
    const saved = await firstValueFrom(
      this.dialog
        .open<MentorProfileDialogComponent, MentorProfileDialogData, MentorProfileDto>(
          MentorProfileDialogComponent,
          { data },
        )
        .afterClosed(),
    );
    if (!saved) return;
    this.notifier.success('mentoring.pool.saved', { name: saved.fullName });
    this.nominee.set(null);
    this.nomineeName.set('');
    this.pool.reload();
  }
}
