import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LearningFileDto } from '@cadre/shared/contracts';
import { describeError, fieldReason, toAppError } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { LearningApi } from '@cadre/web/learning/data-access';
import { FileSizePipe } from './file-size.pipe';

/**
 * A PDF item's file in the course editor: upload (checked by the server, by content and
 * size), see what is attached, replace it. The control holds the stored file; the item
 * names it by id when the draft is saved. A refused file leaves the control as it was.
 */
@Component({
  selector: 'cadre-course-item-file',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, FileSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="file-field">
      @if (control().value; as file) {
        <p data-testid="item-file">
          <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
          {{ file.fileName || ('learning.editor.pdfAttached' | t) }}
          @if (file.sizeBytes) {
            <span class="muted">· {{ file.sizeBytes | fileSize }}</span>
          }
        </p>
      } @else {
        <p class="muted">{{ 'learning.editor.pdfNone' | t }}</p>
      }
      <label class="upload">
        <span class="visually-hidden">{{ 'learning.editor.pdfChoose' | t }}</span>
        <input
          #picker
          type="file"
          accept=".pdf,application/pdf"
          [disabled]="uploading()"
          (change)="upload(picker)"
          data-testid="item-file-input"
        />
      </label>
      <span class="muted small">{{ 'learning.editor.pdfHint' | t }}</span>
      @if (uploading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'learning.editor.pdfUploading' | t" />
      }
      @if (error()) {
        <p class="error" role="alert" data-testid="item-file-error">{{ error() }}</p>
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
export class CourseItemFileComponent {
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);

  readonly control = input.required<FormControl<LearningFileDto | null>>();
  protected readonly uploading = signal(false);
  protected readonly error = signal('');

  protected upload(picker: HTMLInputElement): void {
    const file = picker.files?.[0];
    if (!file) return;
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
