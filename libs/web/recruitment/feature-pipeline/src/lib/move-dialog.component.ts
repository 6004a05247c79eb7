import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { ApplicationStage } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';

export interface MoveDialogData {
  candidateName: string;
  stage: ApplicationStage;
}

/**
 * What the dialog closes with when the move is confirmed. Cancel, Escape and a click
 * outside close it with nothing, so no other value (an empty reason, say) can be taken
 * for a confirmation.
 */
export interface MoveDecision {
  reason: string;
}

/** Asks for the move; resolves to the decision, or undefined when the user backs out. */
export function askToMove(dialog: MatDialog, data: MoveDialogData): Promise<MoveDecision | undefined> {
  return firstValueFrom(
    dialog
      .open<MoveDialogComponent, MoveDialogData, MoveDecision>(MoveDialogComponent, { data })
      .afterClosed(),
  );
}

/** Why an application moves: required for rejecting or withdrawing, welcome otherwise. */
@Component({
  selector: 'cadre-move-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        'recruitment.move.title'
          | t: { name: data.candidateName, stage: ('recruitment.stages.' + data.stage | t) }
      }}
    </h2>
    <mat-dialog-content>
      <mat-form-field class="full">
        <mat-label>{{ 'recruitment.move.reason' | t }}</mat-label>
        <textarea
          matInput
          rows="3"
          [formControl]="reason"
          cdkFocusInitial
          data-testid="move-reason"
        ></textarea>
        @if (required) {
          <mat-hint>{{ 'recruitment.move.required' | t }}</mat-hint>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="move-cancel">
        {{ 'common.cancel' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        [disabled]="required && !reason.value.trim()"
        (click)="confirm()"
        data-testid="move-confirm"
      >
        {{ 'recruitment.move.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: min(440px, 80vw);
    }
  `,
})
export class MoveDialogComponent {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<MoveDialogComponent, MoveDecision>);
  protected readonly required = this.data.stage === 'rejected' || this.data.stage === 'withdrawn';
  protected readonly reason = new FormControl('', { nonNullable: true });

  protected confirm(): void {
    this.ref.close({ reason: this.reason.value.trim() });
  }
}
