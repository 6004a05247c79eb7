import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { RESOURCE_KINDS, type LibraryResourceDetailDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { OrgUnitChoices } from '@cadre/web/identity/widgets';
import { LearningApi } from '@cadre/web/learning/data-access';
import { CompetencyChoices } from '@cadre/web/talent/widgets';
import { FormDialogComponent } from '@cadre/web/ui';
import { LearningFileFieldComponent } from './learning-file-field.component';
import { salesResourceForm, toResourceRequest } from './sales-resource-form';

/** A resource is for product lines and customer segments: the units of those kinds. */
const TAGGABLE = new Set(['product_line', 'customer_segment']);

/**
 * HR adds a resource to the sales library, or publishes its next version (the current
 * content to start from, a change note to say what is new). Closes with the saved
 * resource; Cancel and Escape close with nothing and change nothing.
 */
@Component({
  selector: 'cadre-sales-resource-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
    FormDialogComponent,
    LearningFileFieldComponent,
  ],
  providers: [OrgUnitChoices, CompetencyChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="(current ? 'learning.library.newVersionTitle' : 'learning.library.addTitle') | t"
      [submitLabel]="(current ? 'learning.library.publishVersion' : 'learning.library.add') | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="submission.busy()"
      [error]="submission.error()"
      submitTestId="resource-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'learning.library.kind' | t }}</mat-label>
          <mat-select formControlName="kind" data-testid="resource-kind">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'learning.resourceKind.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <div class="pair" formGroupName="title">
          <mat-form-field>
            <mat-label>{{ 'learning.library.titleEn' | t }}</mat-label>
            <input matInput formControlName="en" data-testid="resource-title-en" />
            <mat-error>{{ form.controls.title.controls.en.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.library.titleZh' | t }}</mat-label>
            <input matInput formControlName="zh" data-testid="resource-title-zh" />
            <mat-error>{{ form.controls.title.controls.zh.errors | controlMessage }}</mat-error>
          </mat-form-field>
        </div>
        <div class="pair" formGroupName="summary">
          <mat-form-field>
            <mat-label>{{ 'learning.library.summaryEn' | t }}</mat-label>
            <textarea matInput rows="2" formControlName="en" data-testid="resource-summary-en"></textarea>
            <mat-error>{{ form.controls.summary.controls.en.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.library.summaryZh' | t }}</mat-label>
            <textarea matInput rows="2" formControlName="zh" data-testid="resource-summary-zh"></textarea>
            <mat-error>{{ form.controls.summary.controls.zh.errors | controlMessage }}</mat-error>
          </mat-form-field>
        </div>
        <mat-radio-group formControlName="source" [attr.aria-label]="'learning.library.source' | t">
          <mat-radio-button value="link" data-testid="resource-source-link">{{
            'learning.library.sourceLink' | t
          }}</mat-radio-button>
          <mat-radio-button value="file" data-testid="resource-source-file">{{
            'learning.library.sourceFile' | t
          }}</mat-radio-button>
        </mat-radio-group>
        @if (source() === 'link') {
          <mat-form-field>
            <mat-label>{{ 'learning.library.url' | t }}</mat-label>
            <input
              matInput
              type="url"
              formControlName="url"
              placeholder="https://"
              data-testid="resource-url"
            />
            <mat-error>{{ form.controls.url.errors | controlMessage }}</mat-error>
          </mat-form-field>
        } @else {
          <cadre-learning-file-field
            [control]="form.controls.fileId"
            accept=".pdf,.pptx,.docx,.xlsx"
            [hint]="'learning.library.fileHint' | t"
            testId="resource-file"
          />
        }
        <mat-form-field>
          <mat-label>{{ 'learning.library.units' | t }}</mat-label>
          <mat-select formControlName="orgUnitIds" multiple data-testid="resource-units">
            @for (u of units(); track u.id) {
              <mat-option [value]="u.id"
                >{{ u.name }} · {{ 'learning.library.unitKind.' + u.kind | t }}</mat-option
              >
            }
          </mat-select>
          <mat-error>{{ form.controls.orgUnitIds.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'learning.library.competencies' | t }}</mat-label>
          <mat-select formControlName="competencyIds" multiple data-testid="resource-competencies">
            @for (c of competencies.competencies(); track c.id) {
              <mat-option [value]="c.id">{{ c.name | bilingual }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (current) {
          <div class="pair" formGroupName="changeNote">
            <mat-form-field>
              <mat-label>{{ 'learning.library.changeNoteEn' | t }}</mat-label>
              <input matInput formControlName="en" data-testid="resource-note-en" />
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'learning.library.changeNoteZh' | t }}</mat-label>
              <input matInput formControlName="zh" data-testid="resource-note-zh" />
            </mat-form-field>
          </div>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(560px, 80vw);
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      > mat-form-field {
        flex: 1 1 220px;
        min-width: 0;
      }
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin-bottom: 8px;
    }
  `,
})
export class SalesResourceDialogComponent {
  protected readonly current = inject<LibraryResourceDetailDto | null>(MAT_DIALOG_DATA, { optional: true });
  private readonly ref = inject(MatDialogRef<SalesResourceDialogComponent, LibraryResourceDetailDto>);
  private readonly api = inject(LearningApi);
  private readonly i18n = inject(I18n);
  private readonly orgUnits = inject(OrgUnitChoices);
  protected readonly competencies = inject(CompetencyChoices);

  protected readonly kinds = RESOURCE_KINDS;
  protected readonly form = salesResourceForm(this.current ?? undefined);
  protected readonly submission = formSubmission(() => this.form);
  protected readonly source = toSignal(this.form.controls.source.valueChanges, {
    initialValue: this.form.controls.source.value,
  });
  protected readonly units = computed(() => this.orgUnits.units().filter((u) => TAGGABLE.has(u.kind)));

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    // The content is the link or the file the source names: say so beside it before sending.
    const { source, url, fileId } = this.form.getRawValue();
    const required = { server: this.i18n.t('validation.code.required') };
    if (source === 'link' && !url.trim()) this.form.controls.url.setErrors(required);
    if (source === 'file' && !fileId) this.form.controls.fileId.setErrors(required);
    if (this.form.invalid) {
      this.submission.error.set(this.i18n.t('learning.editor.fixFields'));
      return;
    }
    await this.submission.run(async () => {
      const request = toResourceRequest(this.form);
      const saved = await firstValueFrom(
        this.current
          ? this.api.addResourceVersion(this.current.id, request)
          : this.api.createResource(request),
      );
      this.ref.close(saved);
    });
  }
}
