import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { AssessmentDto } from '@cadre/shared/contracts';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

export interface AssessmentDialogData {
  assessment: AssessmentDto;
  /** Rating oneself, rating as the manager, or recording the agreed levels. */
  mode: 'self' | 'manager' | 'agree';
}

const LEVELS = [1, 2, 3, 4, 5];

/** Every competency of the level rated 1–5 with the evidence; Cancel and Escape save nothing. */
@Component({
  selector: 'cadre-assessment-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.assess.' + data.mode + '.title' | t: { name: data.assessment.fullName }"
      [submitLabel]="'career.assess.' + data.mode + '.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="assessment-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields" formArrayName="ratings">
        <p class="muted">{{ 'career.assess.' + data.mode + '.hint' | t }}</p>
        @for (row of form.controls.ratings.controls; track $index; let i = $index) {
          @let r = data.assessment.ratings[i];
          <fieldset [formGroupName]="i" class="rating" data-testid="rating-row">
            <legend>
              {{ r?.competencyName | bilingual }}
              <span class="muted">· {{ 'career.assess.target' | t: { level: r?.target ?? '' } }}</span>
            </legend>
            @if (data.mode === 'agree') {
              <p class="muted sides">
                {{
                  'career.assess.sides' | t: { self: r?.selfLevel ?? '–', manager: r?.managerLevel ?? '–' }
                }}
                @if (r?.flagged) {
                  <strong class="flag">{{ 'career.assess.flagged' | t }}</strong>
                }
              </p>
              @if (r?.selfEvidence) {
                <p class="evidence">{{ 'career.assess.selfSaid' | t: { text: r?.selfEvidence ?? '' } }}</p>
              }
              @if (r?.managerEvidence) {
                <p class="evidence">
                  {{ 'career.assess.managerSaid' | t: { text: r?.managerEvidence ?? '' } }}
                </p>
              }
            }
            <mat-form-field class="level">
              <mat-label>{{ 'career.col.level' | t }}</mat-label>
              <mat-select formControlName="level" required data-testid="rating-level">
                @for (l of levels; track l) {
                  <mat-option [value]="l">{{ l }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ row.controls.level.errors | controlMessage }}</mat-error>
            </mat-form-field>
            @if (data.mode !== 'agree') {
              <mat-form-field class="evidence">
                <mat-label>{{ 'career.assess.evidence' | t }}</mat-label>
                <textarea
                  matInput
                  formControlName="evidence"
                  rows="2"
                  required
                  data-testid="rating-evidence"
                ></textarea>
                <mat-hint>{{ 'career.assess.evidenceHint' | t }}</mat-hint>
                <mat-error>{{ row.controls.evidence.errors | controlMessage }}</mat-error>
              </mat-form-field>
            }
          </fieldset>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(560px, 84vw);
    }
    .rating {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px 12px;
      display: grid;
      grid-template-columns: 120px 1fr;
      gap: 8px;
      align-items: start;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 4px;
    }
    .sides {
      grid-column: 1 / -1;
      margin: 0;
    }
    .evidence {
      grid-column: 1 / -1;
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .flag {
      color: var(--mat-sys-error);
      margin-inline-start: 6px;
    }
    @media (max-width: 599px) {
      .rating {
        grid-template-columns: 1fr;
      }
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AssessmentDialogComponent {
  protected readonly data = inject<AssessmentDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AssessmentDialogComponent, AssessmentDto>);
  private readonly api = inject(CareersApi);
  protected readonly levels = LEVELS;

  protected readonly form = new FormGroup({
    ratings: new FormArray(
      this.data.assessment.ratings.map((r) => {
        const start =
          this.data.mode === 'self'
            ? { level: r.selfLevel, evidence: r.selfEvidence }
            : this.data.mode === 'manager'
              ? { level: r.managerLevel, evidence: r.managerEvidence }
              : { level: r.agreedLevel ?? r.managerLevel ?? r.selfLevel, evidence: '' };
        return new FormGroup({
          level: new FormControl<number | null>(start.level, [Validators.required]),
          evidence: new FormControl(start.evidence ?? '', {
            nonNullable: true,
            validators: this.data.mode === 'agree' ? [] : [Validators.required, Validators.maxLength(2000)],
          }),
        });
      }),
    ),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const ratings = this.form.getRawValue().ratings.map((v, i) => ({
      competencyId: this.data.assessment.ratings[i]?.competencyId ?? '',
      level: v.level ?? 0,
      evidence: v.evidence.trim(),
    }));
    const id = this.data.assessment.id;
    await this.submission.run(async () => {
      const request =
        this.data.mode === 'self'
          ? this.api.rateSelf(id, { ratings })
          : this.data.mode === 'manager'
            ? this.api.rateAsManager(id, { ratings })
            : this.api.agree(id, {
                ratings: ratings.map(({ competencyId, level }) => ({ competencyId, level })),
              });
      this.ref.close(await firstValueFrom(request));
    });
  }
}
