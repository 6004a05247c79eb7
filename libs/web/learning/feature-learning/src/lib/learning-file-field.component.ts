import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MAX_LIBRARY_FILE_BYTES, type LearningFileDto } from '@cadre/shared/contracts';
import { describeError, fieldReason, toAppError } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { FileSizePipe } from './file-size.pipe';

/**
 * A stored file as a form field (a course's PDF item, a library resource): upload it
 * (checked by the server, by content and size), see what is attached, replace it. The
 * control holds the stored file; the form names it by id when saved. A refused file leaves
 * the control as it was and says why, in the reader's language.
 */
@Component({
  selector: 'cadre-learning-file-field',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, FileSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="file-field">
      @if (control().value; as file) {
        <p [attr.data-testid]="testId()">
          <mat-icon aria-hidden="true">description</mat-icon>
          {{ file.fileName || ('learning.file.attached' | t) }}
          @if (file.sizeBytes) {
            <span class="muted">· {{ file.sizeBytes | fileSize }}</span>
          }
        </p>
      } @else {
        <p class="muted">{{ 'learning.file.none' | t }}</p>
      }
      <label class="upload">
        <span class="visually-hidden">{{ 'learning.file.choose' | t }}</span>
        <input
          #picker
          type="file"
          [accept]="accept()"
          [disabled]="uploading()"
          (change)="upload(picker)"
          [attr.data-testid]="testId() + '-input'"
        />
      </label>
      <span class="muted small">{{ hint() }}</span>
      @if (uploading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'learning.file.uploading' | t" />
      }
      @if (error()) {
        <p class="error" role="alert" [attr.data-testid]="testId() + '-error'">{{ error() }}</p>
      } @else if (control().errors?.['server']; as e) {
        <p class="error" role="alert">{{ e }}</p>
      }
    </div>
  `,
  styles: `
    .file-field {
      display: grid;
      gap: 4px;
      margin: 8px 0;
      p {
        display: flex;
        align-items: center;
        gap: 6px;
        margin: 0;
        overflow-wrap: anywhere;
      }
    }
    .error {
      color: var(--mat-sys-error);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class LearningFileFieldComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);

  readonly control = input.required<FormControl<LearningFileDto | null>>();
  /** What the file picker offers, e.g. ".pdf". */
  readonly accept = input('.pdf');
  /** The rule under the field: which types, how large. */
  readonly hint = input('');
  readonly testId = input('file');
  protected readonly uploading = signal(false);
  protected readonly error = signal('');

  protected upload(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    if (!file) return;
    // Said at once, rather than after sending 25 MB for the server to refuse.
    if (file.size > MAX_LIBRARY_FILE_BYTES) {
      picker.value = '';
      this.error.set(this.i18n.t('validation.code.file_too_big', { max: '25 MB' }));
      return;
    }
    this.uploading.set(true);
    this.error.set('');
    this.api.uploadFile(file).subscribe({
      next: (stored) => {
        this.uploading.set(false);
        picker.value = '';
        this.control().setValue(stored);
        this.control().markAsDirty();
      },
      error: (raw: unknown) => {
        this.uploading.set(false);
        picker.value = '';
        const error = toAppError(raw);
        const problem = error.fieldErrors.find((e) => e.field === 'file');
        this.error.set(problem ? fieldReason(this.i18n, problem) : describeError(this.i18n, error));
      },
    });
  }
}
