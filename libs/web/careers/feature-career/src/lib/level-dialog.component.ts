import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import Decimal from 'decimal.js';
import { firstValueFrom } from 'rxjs';
import type {
  CareerLevelDto,
  CareerLevelTerms,
  CareerTrackDto,
  ResultsThreshold,
} from '@cadre/shared/contracts';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { RoleProfileChoices } from '@cadre/web/talent/widgets';
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

export interface LevelDialogData {
  tracks: CareerTrackDto[];
  trackId: string;
  /** The level edited; null adds one at the top of the track. */
  level: CareerLevelDto | null;
}

const NO_TERMS: CareerLevelTerms = {
  responsibilities: { en: '', zh: '' },
  certifications: [],
  minMonthsInPreviousLevel: 12,
  results: [],
};

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
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
  ],
  providers: [RoleProfileChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="
        data.level
          ? ('career.level.edit' | t: { level: data.level.name | bilingual })
          : ('career.level.add' | t)
      "
      [submitLabel]="'career.level.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="level-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        @if (data.level; as level) {
          <p class="muted">{{ 'career.level.competenciesHint' | t: { profile: level.roleProfileCode } }}</p>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'career.level.roleProfile' | t }}</mat-label>
            <mat-select formControlName="roleProfileId" required data-testid="level-profile">
              @for (p of freeProfiles(); track p.id) {
                <mat-option [value]="p.id">{{ p.current.name | bilingual }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'career.level.roleProfileHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.roleProfileId.errors | controlMessage }}</mat-error>
          </mat-form-field>
        }
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
        @if (otherLevels.length) {
          <mat-form-field>
            <mat-label>{{ 'career.level.movesTo' | t }}</mat-label>
            <mat-select formControlName="movesTo" multiple data-testid="level-moves">
              @for (l of otherLevels; track l.id) {
                <mat-option [value]="l.id">{{ l.name | bilingual }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'career.level.movesHint' | t }}</mat-hint>
          </mat-form-field>
        }
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
  protected readonly data = inject<LevelDialogData>(MAT_DIALOG_DATA);
  private readonly terms = this.data.level ?? NO_TERMS;
  private readonly levelsHere = new Set(
    this.data.tracks.flatMap((t) => t.levels.map((l) => l.roleProfileId)),
  );
  /** Role profiles that are no level yet: what a new level may be. */
  protected readonly freeProfiles = computed(() =>
    this.profileChoices.profiles().filter((p) => !this.levelsHere.has(p.id)),
  );
  /** Levels of the other tracks, where one may move to from this level. */
  protected readonly otherLevels = this.data.tracks
    .filter((t) => t.id !== this.data.trackId)
    .flatMap((t) => t.levels);
  private readonly ref = inject(MatDialogRef<LevelDialogComponent, CareerTrackDto[]>);
  private readonly api = inject(CareersApi);
  private readonly profileChoices = inject(RoleProfileChoices);
  protected readonly newThreshold = () => threshold();
  protected readonly form = new FormGroup({
    roleProfileId: new FormControl<string | null>(null, this.data.level ? [] : [Validators.required]),
    movesTo: new FormControl<string[]>(this.data.level?.movesTo ?? [], { nonNullable: true }),
    responsibilities: new FormGroup({
      en: new FormControl(this.terms.responsibilities.en, {
        nonNullable: true,
        validators: [Validators.required],
      }),
      zh: new FormControl(this.terms.responsibilities.zh, {
        nonNullable: true,
        validators: [Validators.required],
      }),
    }),
    certifications: new FormControl(this.terms.certifications.join(', '), { nonNullable: true }),
    minMonthsInPreviousLevel: new FormControl(this.terms.minMonthsInPreviousLevel, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(240)],
    }),
    results: new FormArray(this.terms.results.map((t) => threshold(t))),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const terms = {
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
      movesTo: value.movesTo,
    };
    const level = this.data.level;
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          level
            ? this.api.updateLevel(level.id, terms)
            : this.api.addLevel(this.data.trackId, { ...terms, roleProfileId: value.roleProfileId ?? '' }),
        ),
      );
    });
  }
}
