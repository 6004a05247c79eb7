import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { firstValueFrom } from 'rxjs';
import {
  MENTORING_LANGUAGES,
  type Bilingual,
  type MentorCandidateDto,
  type MentoringLanguage,
  type MentorProfileDto,
} from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { MentorshipApi } from '@cadre/web/mentorship/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

export interface MentorProfileDialogData {
  candidate: MentorCandidateDto;
  fullName: string;
  self: boolean;
}

type StrengthForm = FormGroup<{
  competencyId: FormControl<string>;
  level: FormControl<number>;
  reason: FormControl<string>;
}>;

interface StrengthRow {
  name: Bilingual;
  evidenceLevel: number | null;
}

const LEVELS = [1, 2, 3, 4, 5];

/**
 * Opt in as a mentor (or, for HR, nominate someone): capacity, languages, availability,
 * and strengths, which start from the evidence; a level the evidence does not show asks why.
 */
@Component({
  selector: 'cadre-mentor-profile-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatSlideToggleModule,
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
      [title]="
        (data.self ? 'mentoring.profile.titleSelf' : 'mentoring.profile.titleOther')
          | t: { name: data.fullName }
      "
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="profile-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'mentoring.profile.capacity' | t }}</mat-label>
            <input
              matInput
              type="number"
              min="1"
              max="10"
              formControlName="capacity"
              required
              data-testid="profile-capacity"
            />
            <mat-hint>{{ 'mentoring.profile.capacityHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.capacity.errors | controlMessage }}</mat-error>
          </mat-form-field>
          <mat-slide-toggle formControlName="active">{{ 'mentoring.profile.active' | t }}</mat-slide-toggle>
        </div>
        <fieldset>
          <legend>{{ 'mentoring.profile.languages' | t }}</legend>
          @for (l of languages; track l) {
            <mat-checkbox [checked]="hasLanguage(l)" (change)="toggleLanguage(l, $event.checked)">
              {{ 'mentoring.language.' + l | t }}
            </mat-checkbox>
          }
          @if (form.controls.languages.touched && form.controls.languages.invalid) {
            <p class="error" role="alert">{{ 'mentoring.profile.languagesNeeded' | t }}</p>
          }
        </fieldset>
        <mat-form-field>
          <mat-label>{{ 'mentoring.profile.availability' | t }}</mat-label>
          <input
            matInput
            formControlName="availability"
            [placeholder]="'mentoring.profile.availabilityHint' | t"
          />
          <mat-error>{{ form.controls.availability.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <fieldset formArrayName="strengths" class="strengths">
          <legend>{{ 'mentoring.profile.strengths' | t }}</legend>
          <p class="muted">
            {{ (data.self ? 'mentoring.profile.strengthsHint' : 'mentoring.profile.strengthsHintOther') | t }}
          </p>
          @for (s of form.controls.strengths.controls; track rows()[i]; let i = $index) {
            <div class="strength" [formGroupName]="i">
              <span class="name">
                {{ rows()[i].name | bilingual }}
                <span class="muted">
                  @if (rows()[i].evidenceLevel !== null) {
                    {{ 'mentoring.profile.evidence' | t: { level: rows()[i].evidenceLevel } }}
                  } @else {
                    {{ 'mentoring.profile.noEvidence' | t }}
                  }
                </span>
              </span>
              <mat-form-field class="level">
                <mat-label>{{ 'mentoring.profile.level' | t }}</mat-label>
                <mat-select formControlName="level" [attr.data-testid]="'strength-level-' + i">
                  @for (l of levels; track l) {
                    <mat-option [value]="l">{{ l }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="remove(i)"
                [attr.aria-label]="'mentoring.profile.remove' | t"
              >
                <mat-icon>delete</mat-icon>
              </button>
              @if (needsReason(i)) {
                <mat-form-field class="reason">
                  <mat-label>{{ 'mentoring.profile.reason' | t }}</mat-label>
                  <input
                    matInput
                    formControlName="reason"
                    required
                    [attr.data-testid]="'strength-reason-' + i"
                  />
                  <mat-error>{{ s.controls.reason.errors | controlMessage }}</mat-error>
                </mat-form-field>
              }
            </div>
          } @empty {
            <p class="muted">{{ 'mentoring.profile.noStrengths' | t }}</p>
          }
          <mat-form-field>
            <mat-label>{{ 'mentoring.profile.addStrength' | t }}</mat-label>
            <mat-select
              (selectionChange)="add($event.value); $event.source.writeValue(null)"
              data-testid="strength-add"
            >
              @for (c of addable(); track c.id) {
                <mat-option [value]="c.id">{{ c.name | bilingual }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </fieldset>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(520px, 80vw);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    .strength {
      display: grid;
      grid-template-columns: 1fr 110px auto;
      gap: 0 8px;
      align-items: center;
      padding: 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .name .muted {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .reason {
      grid-column: 1 / -1;
    }
    .error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class MentorProfileDialogComponent {
  protected readonly data = inject<MentorProfileDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<MentorProfileDialogComponent, MentorProfileDto>);
  private readonly api = inject(MentorshipApi);
  protected readonly languages = MENTORING_LANGUAGES;
  protected readonly levels = LEVELS;

  private readonly evidence = new Map(this.data.candidate.evidence.map((e) => [e.competencyId, e]));
  /** What each strength row shows beside its controls, in the rows' order. */
  protected readonly rows = signal<StrengthRow[]>([]);

  protected readonly form = new FormGroup({
    capacity: new FormControl(this.data.candidate.profile?.capacity ?? 2, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(10)],
    }),
    languages: new FormControl<MentoringLanguage[]>(this.data.candidate.profile?.languages ?? ['zh', 'en'], {
      nonNullable: true,
      validators: [Validators.required],
    }),
    availability: new FormControl(this.data.candidate.profile?.availability ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(500)],
    }),
    active: new FormControl(this.data.candidate.profile?.active ?? true, { nonNullable: true }),
    strengths: new FormArray<StrengthForm>([]),
  });
  /** Competencies not listed yet (the rows change whenever a strength is added or removed). */
  protected readonly addable = computed(() => {
    this.rows();
    return this.data.candidate.competencies.filter((c) => !this.listed(c.id));
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  constructor() {
    const profile = this.data.candidate.profile;
    if (profile)
      for (const s of profile.strengths)
        this.push(s.competencyId, s.competencyName, s.evidenceLevel, s.level, s.reason ?? '');
    else
      for (const e of this.data.candidate.evidence)
        this.push(e.competencyId, e.competencyName, e.level, e.level, '');
  }

  protected hasLanguage(language: MentoringLanguage): boolean {
    return this.form.controls.languages.value.includes(language);
  }

  protected toggleLanguage(language: MentoringLanguage, on: boolean): void {
    const now = this.form.controls.languages.value.filter((l) => l !== language);
    this.form.controls.languages.setValue(on ? [...now, language] : now);
    this.form.controls.languages.markAsTouched();
  }

  protected needsReason(i: number): boolean {
    return this.form.controls.strengths.at(i).controls.level.value !== this.rows()[i]?.evidenceLevel;
  }

  protected add(competencyId: string | null): void {
    const competency = this.data.candidate.competencies.find((c) => c.id === competencyId);
    if (!competency) return;
    const shown = this.evidence.get(competency.id)?.level ?? null;
    this.push(competency.id, competency.name, shown, shown ?? 3, '');
  }

  protected remove(i: number): void {
    this.form.controls.strengths.removeAt(i);
    this.rows.update((rows) => rows.filter((_, index) => index !== i));
  }

  private listed(competencyId: string): boolean {
    return this.form.controls.strengths.controls.some((c) => c.controls.competencyId.value === competencyId);
  }

  private push(
    competencyId: string,
    name: Bilingual,
    evidenceLevel: number | null,
    level: number,
    reason: string,
  ): void {
    this.rows.update((rows) => [...rows, { name, evidenceLevel }]);
    this.form.controls.strengths.push(
      new FormGroup({
        competencyId: new FormControl(competencyId, { nonNullable: true }),
        level: new FormControl(level, { nonNullable: true }),
        reason: new FormControl(reason, { nonNullable: true, validators: [Validators.maxLength(500)] }),
      }),
    );
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    // A level other than the evidence shows asks why, before the server does.
    this.form.controls.strengths.controls.forEach((s, i) => {
      if (this.needsReason(i) && !s.controls.reason.value.trim())
        s.controls.reason.setErrors({ required: true });
    });
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.saveMentor(this.data.candidate.employeeId, {
            capacity: Number(value.capacity),
            languages: value.languages,
            availability: value.availability.trim(),
            active: value.active,
            strengths: value.strengths.map((s, i) => ({
              competencyId: s.competencyId,
              level: s.level,
              reason: this.needsReason(i) ? s.reason.trim() : null,
            })),
          }),
        ),
      );
    });
  }
}
