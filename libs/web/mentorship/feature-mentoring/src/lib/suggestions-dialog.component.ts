import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';
import type { PairingDetailDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, submission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { EmptyStateComponent, ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';
import { MatchPartsComponent } from './match-parts.component';

export interface SuggestionsDialogData {
  menteeId: string;
  menteeName: string;
}

/** Mentors for one person, best first, each score taken apart; assigning one closes with the pairing. */
@Component({
  selector: 'cadre-suggestions-dialog',
  imports: [
    MatDialogModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    ErrorTextPipe,
    MatchPartsComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'mentoring.suggest.title' | t: { name: data.menteeName } }}</h2>
    <mat-dialog-content class="content">
      @if (suggestions.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (suggestions.error()) {
        <cadre-error-state
          [message]="suggestions.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="suggestions.reload()"
        />
      } @else if (suggestions.hasValue() && suggestions.value().length === 0) {
        <cadre-empty-state
          icon="person_search"
          [title]="'mentoring.suggest.none' | t"
          [hint]="'mentoring.suggest.noneHint' | t"
        />
      } @else if (suggestions.hasValue()) {
        <p class="muted">{{ 'mentoring.suggest.hint' | t }}</p>
        <ol class="list" data-testid="suggestions">
          @for (s of suggestions.value(); track s.mentor.employeeId; let first = $first) {
            <li class="card">
              <div class="head">
                <div>
                  <strong>{{ s.mentor.fullName }}</strong>
                  <span class="muted"> · {{ s.mentor.jobTitle }} · {{ s.mentor.orgUnitName }}</span>
                  @if (s.crossUnit) {
                    <div class="note">
                      <mat-icon inline>swap_horiz</mat-icon> {{ 'mentoring.suggest.crossUnit' | t }}
                    </div>
                  }
                </div>
                <span
                  class="score"
                  [attr.aria-label]="'mentoring.match.scoreLabel' | t: { score: s.score }"
                  >{{ s.score }}</span
                >
              </div>
              <cadre-match-parts [parts]="s.parts" />
              <div class="actions">
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="busy()"
                  (click)="assign(s.mentor.employeeId)"
                  [attr.data-testid]="first ? 'assign-first' : null"
                >
                  <mat-icon>how_to_reg</mat-icon>{{ 'mentoring.suggest.assign' | t }}
                </button>
              </div>
            </li>
          }
        </ol>
      }
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'common.cancel' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      min-width: min(560px, 85vw);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px;
      display: grid;
      gap: 8px;
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      align-items: flex-start;
    }
    .score {
      font: var(--mat-sys-headline-small);
      color: var(--mat-sys-primary);
    }
    .note {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class SuggestionsDialogComponent {
  protected readonly data = inject<SuggestionsDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<SuggestionsDialogComponent, PairingDetailDto>);
  private readonly api = inject(MentorshipApi);
  protected readonly suggestions = rxResource({ stream: () => this.api.suggestions(this.data.menteeId) });
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async assign(mentorId: string): Promise<void> {
    await this.submission.run(async () => {
      this.ref.close(await firstValueFrom(this.api.pair({ menteeId: this.data.menteeId, mentorId })));
    });
  }
}
