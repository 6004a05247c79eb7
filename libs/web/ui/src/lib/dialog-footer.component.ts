import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The end of a form dialog: the server's refusal, if any, then Cancel and the submit
 * button (disabled while saving). Place it inside the dialog's <form>, after
 * <mat-dialog-content>, so the submit button submits that form.
 */
@Component({
  selector: 'cadre-dialog-footer',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error()) {
      <p class="error" role="alert" [attr.data-testid]="errorTestId()">{{ error() }}</p>
    }
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ cancelLabel() }}</button>
      <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-testid]="submitTestId()">
        {{ submitLabel() }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .error {
      color: var(--mat-sys-error);
      margin: 0 24px;
    }
  `,
})
export class DialogFooterComponent {
  readonly submitLabel = input.required<string>();
  readonly cancelLabel = input.required<string>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly submitTestId = input<string | null>(null);
  readonly errorTestId = input<string | null>(null);
}
