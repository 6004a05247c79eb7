import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { EDUCATION_LEVELS, type CompetencyDto, type RoleProfileDto } from '@cadre/shared/contracts';
import { controlMessage, formSubmission } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { TalentApi } from '@cadre/web/talent/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

/** "3.00" -> "3", "1.50" -> "1.5": weights as people write them. */
const trimZeros = (value: string) =>
  value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;

export interface RoleProfileDialogData {
  /** null: a new profile; otherwise its next version, starting from the current one. */
  profile: RoleProfileDto | null;
  competencies: CompetencyDto[];
}

/** A role profile, or its next version: requirements with target level, weight, must-have. */
@Component({
  selector: 'cadre-role-profile-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="
        data.profile
          ? ('talent.profile.newVersionTitle' | t: { version: data.profile.currentVersion + 1 })
          : ('talent.profile.createTitle' | t)
      "
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="profile-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        @if (data.profile) {
          <p class="muted">{{ 'talent.profile.versionHint' | t }}</p>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'talent.competency.code' | t }}</mat-label>
            <input matInput formControlName="code" data-testid="profile-code" />
            <mat-error>{{ why('code') }}</mat-error>
          </mat-form-field>
        }
        <div class="row">
          <mat-form-field
            ><mat-label>{{ 'talent.nameEn' | t }}</mat-label
            ><input matInput formControlName="nameEn" data-testid="profile-name-en" /><mat-error>{{
              why('nameEn')
            }}</mat-error></mat-form-field
          >
          <mat-form-field
            ><mat-label>{{ 'talent.nameZh' | t }}</mat-label
            ><input matInput formControlName="nameZh" data-testid="profile-name-zh" /><mat-error>{{
              why('nameZh')
            }}</mat-error></mat-form-field
          >
        </div>
        <div class="row">
          <mat-form-field
            ><mat-label>{{ 'talent.summaryEn' | t }}</mat-label
            ><input matInput formControlName="summaryEn" /><mat-error>{{
              why('summaryEn')
            }}</mat-error></mat-form-field
          >
          <mat-form-field
            ><mat-label>{{ 'talent.summaryZh' | t }}</mat-label
            ><input matInput formControlName="summaryZh" /><mat-error>{{
              why('summaryZh')
            }}</mat-error></mat-form-field
          >
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'talent.profile.minYears' | t }}</mat-label>
            <input
              matInput
              type="number"
              min="0"
              max="40"
              formControlName="minYearsExperience"
              data-testid="profile-min-years"
            />
            <mat-error>{{ why('minYearsExperience') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'talent.profile.education' | t }}</mat-label>
            <mat-select formControlName="education">
              @for (e of educationLevels; track e) {
                <mat-option [value]="e">{{ 'talent.education.' + e | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <h3>{{ 'talent.profile.requirements' | t }}</h3>
        <div formArrayName="competencies" class="requirements">
          @for (row of requirements.controls; track $index; let i = $index) {
            <div class="row requirement" [formGroupName]="i">
              <mat-form-field class="competency">
                <mat-label>{{ 'talent.profile.competency' | t }}</mat-label>
                <mat-select formControlName="competencyId">
                  @for (c of data.competencies; track c.id) {
                    <mat-option [value]="c.id">{{ c.name | bilingual }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ whyRow(i, 'competencyId') }}</mat-error>
              </mat-form-field>
              <mat-form-field class="small">
                <mat-label>{{ 'talent.profile.target' | t }}</mat-label>
                <mat-select formControlName="targetLevel">
                  @for (n of [1, 2, 3, 4, 5]; track n) {
                    <mat-option [value]="n">{{ n }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="small">
                <mat-label>{{ 'talent.profile.weight' | t }}</mat-label>
                <input matInput formControlName="weight" inputmode="decimal" data-testid="profile-weight" />
                <mat-error>{{ whyRow(i, 'weight') }}</mat-error>
              </mat-form-field>
              <mat-checkbox formControlName="mustHave">{{ 'talent.profile.mustHave' | t }}</mat-checkbox>
              <button
                mat-icon-button
                type="button"
                (click)="remove(i)"
                [attr.aria-label]="'common.remove' | t"
              >
                <mat-icon>delete</mat-icon>
              </button>
            </div>
          }
        </div>
        <button mat-stroked-button type="button" (click)="add()">
          <mat-icon>add</mat-icon>{{ 'talent.profile.addRequirement' | t }}
        </button>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 4px;
      min-width: min(760px, 88vw);
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
      align-items: center;
    }
    .row > mat-form-field {
      flex: 1 1 200px;
    }
    .requirement .competency {
      flex: 3 1 220px;
    }
    .requirement .small {
      flex: 0 1 110px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 8px 0;
    }
  `,
})
export class RoleProfileDialogComponent {
  protected readonly data = inject<RoleProfileDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<RoleProfileDialogComponent, RoleProfileDto>);
  private readonly api = inject(TalentApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly educationLevels = EDUCATION_LEVELS;
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  private readonly current = this.data.profile?.current;
  protected readonly requirements: FormArray = this.fb.array(
    (this.current?.competencies ?? []).map((c) =>
      this.requirement(c.competencyId, c.targetLevel, c.weight, c.mustHave),
    ),
  );
  protected readonly form = this.fb.group({
    code: [
      this.data.profile?.code ?? '',
      this.data.profile ? [] : [Validators.required, Validators.pattern(/^[a-z0-9][a-z0-9-]{1,62}$/)],
    ],
    nameEn: [this.current?.name.en ?? '', Validators.required],
    nameZh: [this.current?.name.zh ?? '', Validators.required],
    summaryEn: [this.current?.summary.en ?? '', Validators.required],
    summaryZh: [this.current?.summary.zh ?? '', Validators.required],
    minYearsExperience: [
      this.current?.minYearsExperience ?? 0,
      [Validators.required, Validators.min(0), Validators.max(40)],
    ],
    education: [this.current?.education ?? 'bachelor'],
    competencies: this.requirements,
  });

  private requirement(competencyId = '', targetLevel = 3, weight = '1', mustHave = false) {
    return this.fb.group({
      competencyId: [competencyId, Validators.required],
      targetLevel: [targetLevel],
      weight: [
        trimZeros(weight),
        [Validators.required, Validators.pattern(/^(?!0+(\.0+)?$)\d{1,4}(\.\d{1,2})?$/)],
      ],
      mustHave: [mustHave],
    });
  }

  private static readonly LABELS: Record<string, string> = {
    code: 'talent.competency.code',
    nameEn: 'talent.nameEn',
    nameZh: 'talent.nameZh',
    summaryEn: 'talent.summaryEn',
    summaryZh: 'talent.summaryZh',
    minYearsExperience: 'talent.profile.minYears',
  };

  protected why(name: string): string {
    const hint = name === 'code' ? this.i18n.t('talent.codeHint') : undefined;
    return controlMessage(this.i18n, this.form.get(name)?.errors, hint);
  }

  protected whyRow(index: number, name: 'competencyId' | 'weight'): string {
    const hint = name === 'weight' ? this.i18n.t('talent.profile.weightHint') : undefined;
    return controlMessage(this.i18n, this.requirements.at(index).get(name)?.errors, hint);
  }

  /** The labels of the fields that need fixing, rows numbered from 1. */
  private invalidFields(): string[] {
    const fields = Object.entries(RoleProfileDialogComponent.LABELS)
      .filter(([name]) => this.form.get(name)?.invalid)
      .map(([, key]) => this.i18n.t(key));
    this.requirements.controls.forEach((row, i) => {
      for (const [name, key] of [
        ['competencyId', 'talent.profile.competency'],
        ['weight', 'talent.profile.weight'],
      ] as const)
        if (row.get(name)?.invalid) fields.push(`${this.i18n.t(key)} (${i + 1})`);
    });
    return fields;
  }

  protected add(): void {
    this.requirements.push(this.requirement());
  }

  protected remove(index: number): void {
    this.requirements.removeAt(index);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.requirements.length === 0) {
      this.error.set(this.i18n.t('talent.profile.needOne'));
      return;
    }
    if (this.form.invalid) {
      // Name the fields to fix; each says why beside itself.
      this.error.set(this.i18n.t('talent.fixFields', { fields: this.invalidFields().join(', ') }));
      return;
    }
    const v = this.form.getRawValue();
    const body = {
      name: { en: v.nameEn, zh: v.nameZh },
      summary: { en: v.summaryEn, zh: v.summaryZh },
      minYearsExperience: Number(v.minYearsExperience),
      education: v.education,
      competencies: v.competencies as {
        competencyId: string;
        targetLevel: number;
        weight: string;
        mustHave: boolean;
      }[],
    };
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.data.profile
          ? this.api.addVersion(this.data.profile.id, body)
          : this.api.createProfile({ ...body, code: v.code }),
      );
      this.ref.close(saved);
    });
  }
}
