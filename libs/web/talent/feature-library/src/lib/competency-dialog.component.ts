import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { COMPETENCY_CATEGORIES, type CompetencyDto } from '@cadre/shared/contracts';
import { submission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { TalentApi } from '@cadre/web/talent/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

/** Add a competency, or edit one: both languages, five behavioural levels. */
@Component({
  selector: 'cadre-competency-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="(competency ? 'talent.competency.editTitle' : 'talent.competency.createTitle') | t"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="competency-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'talent.competency.code' | t }}</mat-label>
            <input matInput formControlName="code" [readonly]="!!competency" data-testid="competency-code" />
            <mat-hint>{{ 'talent.competency.codeHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'talent.competency.category' | t }}</mat-label>
            <mat-select formControlName="category">
              @for (c of categories; track c) {
                <mat-option [value]="c">{{ 'talent.categories.' + c | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field
            ><mat-label>{{ 'talent.nameEn' | t }}</mat-label
            ><input matInput formControlName="nameEn" data-testid="competency-name-en"
          /></mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'talent.nameZh' | t }}</mat-label
            ><input matInput formControlName="nameZh" data-testid="competency-name-zh"
          /></mat-form-field>
        </div>
        <div class="row">
          <mat-form-field
            ><mat-label>{{ 'talent.descriptionEn' | t }}</mat-label
            ><textarea matInput rows="2" formControlName="descriptionEn"></textarea>
          </mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'talent.descriptionZh' | t }}</mat-label
            ><textarea matInput rows="2" formControlName="descriptionZh"></textarea>
          </mat-form-field>
        </div>
        <h3>{{ 'talent.competency.levels' | t }}</h3>
        <div formArrayName="levels">
          @for (level of levels.controls; track $index; let i = $index) {
            <div class="row level" [formGroupName]="i">
              <span class="level-number">{{ i + 1 }}</span>
              <mat-form-field
                ><mat-label>{{ 'talent.levelEn' | t: { level: i + 1 } }}</mat-label
                ><input matInput formControlName="en"
              /></mat-form-field>
              <mat-form-field
                ><mat-label>{{ 'talent.levelZh' | t: { level: i + 1 } }}</mat-label
                ><input matInput formControlName="zh"
              /></mat-form-field>
            </div>
          }
        </div>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(720px, 85vw);
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row > mat-form-field {
      flex: 1 1 240px;
    }
    .level {
      align-items: center;
    }
    .level-number {
      font: var(--mat-sys-title-medium);
      width: 20px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 8px 0;
    }
  `,
})
export class CompetencyDialogComponent {
  protected readonly competency = inject<CompetencyDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CompetencyDialogComponent, CompetencyDto>);
  private readonly api = inject(TalentApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly categories = COMPETENCY_CATEGORIES;
  private readonly submission = submission();
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly levels: FormArray = this.fb.array(
    [1, 2, 3, 4, 5].map((level) => {
      const existing = this.competency?.levels.find((l) => l.level === level);
      return this.fb.group({
        en: [existing?.description.en ?? '', Validators.required],
        zh: [existing?.description.zh ?? '', Validators.required],
      });
    }),
  );
  protected readonly form = this.fb.group({
    code: [
      this.competency?.code ?? '',
      [Validators.required, Validators.pattern(/^[a-z0-9][a-z0-9-]{1,62}$/)],
    ],
    category: [this.competency?.category ?? 'skill'],
    nameEn: [this.competency?.name.en ?? '', Validators.required],
    nameZh: [this.competency?.name.zh ?? '', Validators.required],
    descriptionEn: [this.competency?.description.en ?? '', Validators.required],
    descriptionZh: [this.competency?.description.zh ?? '', Validators.required],
    levels: this.levels,
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.error.set(this.i18n.t('talent.fillEverything'));
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      category: v.category,
      name: { en: v.nameEn, zh: v.nameZh },
      description: { en: v.descriptionEn, zh: v.descriptionZh },
      levels: (v.levels as { en: string; zh: string }[]).map((l, i) => ({ level: i + 1, description: l })),
    };
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.competency
          ? this.api.updateCompetency(this.competency.id, body)
          : this.api.createCompetency({ ...body, code: v.code }),
      );
      this.ref.close(saved);
    });
  }
}
