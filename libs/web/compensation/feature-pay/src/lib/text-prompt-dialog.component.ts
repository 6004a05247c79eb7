import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom, type Observable } from 'rxjs';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

export interface TextPromptData {
  title: string;
  message: string | null;
  label: string;
  hint: string | null;
  submitLabel: string;
  /** One line (a name) rather than a few (a comment). */
  singleLine?: boolean;
  /** At least this many characters (0: may be left empty). */
  minLength: number;
  /** The one server call the dialog makes with the text; the dialog closes with its answer. */
  action: (text: string) => Observable<unknown>;
  testId: string;
}

/**
 * A short text and one server call: approving with a comment, sending back with a reason,
 * acknowledging a plan by typing one's name. Cancel and Escape close it having done nothing;
 * a refusal stays in the dialog, beside the field, in the reader's language.
 */
@Component({
  selector: 'cadre-text-prompt-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="data.title"
      [submitLabel]="data.submitLabel"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      [submitTestId]="data.testId + '-submit'"
      [errorTestId]="data.testId + '-error'"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        @if (data.message) {
          <p>{{ data.message }}</p>
        }
        <mat-form-field>
          <mat-label>{{ data.label }}</mat-label>
          @if (data.singleLine) {
            <input
              matInput
              formControlName="text"
              cdkFocusInitial
              [attr.data-testid]="data.testId + '-text'"
            />
          } @else {
            <textarea
              matInput
              formControlName="text"
              rows="2"
              cdkFocusInitial
              [attr.data-testid]="data.testId + '-text'"
            ></textarea>
          }
          @if (data.hint) {
            <mat-hint>{{ data.hint }}</mat-hint>
          }
          <mat-error>{{ form.controls.text.errors | controlMessage }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(420px, 80vw);
    }
  `,
})
export class TextPromptDialogComponent {
  protected readonly data = inject<TextPromptData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<TextPromptDialogComponent, unknown>);
  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: [
        ...(this.data.minLength > 0 ? [Validators.required, Validators.minLength(this.data.minLength)] : []),
        Validators.maxLength(1000),
      ],
    }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    await this.submission.run(async () => {
      const answer = await firstValueFrom(this.data.action(this.form.controls.text.value.trim()));
      this.ref.close(answer ?? true);
    });
  }
}
