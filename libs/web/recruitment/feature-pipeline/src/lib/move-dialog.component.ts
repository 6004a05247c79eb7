import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ApplicationStage } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';

export interface MoveDialogData {
  candidateName: string;
  stage: ApplicationStage;
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
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
      <button
        mat-flat-button
        type="button"
        [disabled]="required && !reason.value.trim()"
        (click)="ref.close(reason.value.trim())"
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
  protected readonly ref = inject(MatDialogRef<MoveDialogComponent, string>);
  protected readonly required = this.data.stage === 'rejected' || this.data.stage === 'withdrawn';
  protected readonly reason = new FormControl('', { nonNullable: true });
}
