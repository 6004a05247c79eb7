import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import Decimal from 'decimal.js';
import { firstValueFrom } from 'rxjs';
import type { CareerLevelDto, CareerTrackDto, ResultsThreshold } from '@cadre/shared/contracts';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

const threshold = (t?: ResultsThreshold) =>
  new FormGroup({
    metric: new FormControl(t?.metric ?? 'revenue', { nonNullable: true, validators: [Validators.required] }),
    // Typed as a percent of target; the API takes the decimal (100 → "1.00").
    minAttainment: new FormControl(t ? new Decimal(t.minAttainment).times(100).toString() : '100', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\d{1,3}(\.\d{1,2})?$/)],
    }),
    quarters: new FormControl(t?.quarters ?? 2, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(8)],
    }),
    ofQuarters: new FormControl(t?.ofQuarters ?? 3, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(8)],
    }),
  });

/**
 * HR edits what a level asks beyond its role profile's competencies; saving makes a new
 * version (nominations keep the readiness they were made on). Cancel changes nothing.
 */
@Component({
  selector: 'cadre-level-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.level.edit' | t: { level: data.name | bilingual }"
      [submitLabel]="'career.level.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="level-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <p class="muted">{{ 'career.level.competenciesHint' | t: { profile: data.roleProfileCode } }}</p>
        <ng-container formGroupName="responsibilities">
          <mat-form-field>
            <mat-label>{{ 'career.level.responsibilitiesEn' | t }}</mat-label>
            <textarea matInput formControlName="en" rows="2" required></textarea>
            <mat-error>{{ form.controls.responsibilities.controls.en.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'career.level.responsibilitiesZh' | t }}</mat-label>
            <textarea matInput formControlName="zh" rows="2" required></textarea>
            <mat-error>{{ form.controls.responsibilities.controls.zh.errors | controlMessage }}</mat-error>
          </mat-form-field>
        </ng-container>
        <mat-form-field>
          <mat-label>{{ 'career.level.certifications' | t }}</mat-label>
          <input matInput formControlName="certifications" data-testid="level-certifications" />
          <mat-hint>{{ 'career.level.certificationsHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.certifications.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'career.level.minMonths' | t }}</mat-label>
          <input
            matInput
            type="number"
            min="0"
            max="240"
            formControlName="minMonthsInPreviousLevel"
            required
            data-testid="level-months"
          />
          <mat-error>{{ form.controls.minMonthsInPreviousLevel.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <h3 class="sub">{{ 'career.part.results' | t }}</h3>
        <div formArrayName="results" class="thresholds">
          @for (row of form.controls.results.controls; track row; let i = $index) {
            <div class="threshold" [formGroupName]="i" data-testid="level-threshold">
              <mat-form-field>
                <mat-label>{{ 'career.level.metric' | t }}</mat-label>
                <input matInput formControlName="metric" required />
                <mat-error>{{ row.controls.metric.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'career.level.minPercent' | t }}</mat-label>
                <input matInput formControlName="minAttainment" inputmode="decimal" required />
                <span matTextSuffix>%</span>
                <mat-error>{{ row.controls.minAttainment.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'career.level.quarters' | t }}</mat-label>
                <input matInput type="number" min="1" max="8" formControlName="quarters" required />
                <mat-error>{{ row.controls.quarters.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'career.level.ofQuarters' | t }}</mat-label>
                <input matInput type="number" min="1" max="8" formControlName="ofQuarters" required />
                <mat-error>{{ row.controls.ofQuarters.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="form.controls.results.removeAt(i)"
                [attr.aria-label]="'career.level.removeThreshold' | t"
              >
                <mat-icon>delete</mat-icon>
              </button>
            </div>
          } @empty {
            <p class="muted">{{ 'career.level.noThresholds' | t }}</p>
          }
        </div>
        <button mat-stroked-button type="button" (click)="form.controls.results.push(newThreshold())">
          <mat-icon>add</mat-icon>{{ 'career.level.addThreshold' | t }}
        </button>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      width: min(760px, 88vw);
    }
    .sub {
      font: var(--mat-sys-title-small);
      margin: 8px 0 0;
    }
    .thresholds {
      display: grid;
      gap: 8px;
    }
    .threshold {
      display: grid;
      grid-template-columns: 1.4fr 1fr 1fr 1fr auto;
      gap: 8px;
      align-items: start;
    }
    /* Fields take their column's width, never Material's default 180px minimum. */
    .threshold mat-form-field {
      width: 100%;
      min-width: 0;
    }
    @media (max-width: 599px) {
      .threshold {
        grid-template-columns: 1fr 1fr;
      }
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LevelDialogComponent {
  protected readonly data = inject<CareerLevelDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<LevelDialogComponent, CareerTrackDto[]>);
  private readonly api = inject(CareersApi);
  protected readonly newThreshold = () => threshold();
  protected readonly form = new FormGroup({
    responsibilities: new FormGroup({
      en: new FormControl(this.data.responsibilities.en, {
        nonNullable: true,
        validators: [Validators.required],
      }),
      zh: new FormControl(this.data.responsibilities.zh, {
        nonNullable: true,
        validators: [Validators.required],
      }),
    }),
    certifications: new FormControl(this.data.certifications.join(', '), { nonNullable: true }),
    minMonthsInPreviousLevel: new FormControl(this.data.minMonthsInPreviousLevel, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(240)],
    }),
    results: new FormArray(this.data.results.map((t) => threshold(t))),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.updateLevel(this.data.id, {
            responsibilities: { en: value.responsibilities.en.trim(), zh: value.responsibilities.zh.trim() },
            certifications: value.certifications
              .split(/[,，\s]+/)
              .map((c) => c.trim().toUpperCase())
              .filter(Boolean),
            minMonthsInPreviousLevel: Number(value.minMonthsInPreviousLevel),
            results: value.results.map((t) => ({
              metric: t.metric.trim(),
              minAttainment: new Decimal(t.minAttainment).dividedBy(100).toFixed(2),
              quarters: Number(t.quarters),
              ofQuarters: Number(t.ofQuarters),
            })),
          }),
        ),
      );
    });
  }
}
