import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import {
  RECOMMENDATIONS,
  type ApplicationDto,
  type FitCompetency,
  type ScorecardDto,
} from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';

/** An interviewer rates each competency 1-5 with evidence, and recommends. */
@Component({
  selector: 'cadre-scorecard-form',
  imports: [
    ControlMessagePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    BilingualPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="scorecard" data-testid="scorecard-form">
      <div formArrayName="ratings">
        @for (row of ratings.controls; track $index; let i = $index) {
          @let c = competencies()[i];
          <fieldset class="rating" [formGroupName]="i">
            <legend>
              {{ c.name | bilingual }}
              <span class="muted"
                >· {{ 'recruitment.scorecard.target' | t: { level: c.targetLevel } }}
                @if (c.mustHave) {
                  · {{ 'talent.profile.mustHave' | t }}
                }
              </span>
            </legend>
            <mat-button-toggle-group
              formControlName="rating"
              [attr.aria-label]="(c.name | bilingual) + ' ' + ('recruitment.scorecard.rating' | t)"
              [attr.data-testid]="'rate-' + c.code"
            >
              @for (n of [1, 2, 3, 4, 5]; track n) {
                <mat-button-toggle [value]="n">{{ n }}</mat-button-toggle>
              }
            </mat-button-toggle-group>
            <mat-form-field class="evidence">
              <mat-label>{{ 'recruitment.scorecard.evidence' | t }}</mat-label>
              <input matInput formControlName="evidence" maxlength="2000" />
              <mat-error>{{ ratings.at(i).get('evidence')?.errors | controlMessage }}</mat-error>
            </mat-form-field>
          </fieldset>
        }
      </div>
      <span id="recommendation-label" class="label">{{ 'recruitment.scorecard.recommendation' | t }}</span>
      <mat-button-toggle-group
        formControlName="recommendation"
        aria-labelledby="recommendation-label"
        data-testid="recommendation"
      >
        @for (r of recommendations; track r) {
          <mat-button-toggle [value]="r">{{ 'recruitment.recommendations.' + r | t }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
      <mat-form-field class="summary">
        <mat-label>{{ 'recruitment.scorecard.summary' | t }}</mat-label>
        <textarea matInput rows="3" formControlName="summary" maxlength="4000"></textarea>
        <mat-error>{{ form.controls.summary.errors | controlMessage }}</mat-error>
      </mat-form-field>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()" data-testid="scorecard-submit">
        {{ (existing() ? 'recruitment.scorecard.update' : 'recruitment.scorecard.submit') | t }}
      </button>
    </form>
  `,
  styles: `
    .scorecard {
      display: grid;
      gap: 12px;
    }
    .rating {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 8px 12px;
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin: 0 0 8px;
    }
    legend {
      font-weight: 500;
      padding: 0 4px;
    }
    .evidence {
      flex: 1 1 240px;
    }
    .label {
      font: var(--mat-sys-label-large);
    }
    .summary {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ScorecardFormComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly applicationId = input.required<string>();
  readonly competencies = input.required<FitCompetency[]>();
  readonly existing = input<ScorecardDto | null>(null);
  readonly saved = output<ApplicationDto>();

  protected readonly recommendations = RECOMMENDATIONS;
  // The server's refusals land on their fields (ratings[0].evidence on the first evidence).
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly ratings: FormArray = this.fb.array([]);
  protected readonly form = this.fb.group({
    recommendation: ['' as string, Validators.required],
    summary: [''],
    ratings: this.ratings,
  });

  constructor() {
    effect(() => {
      const existing = this.existing();
      this.ratings.clear();
      for (const c of this.competencies()) {
        const mine = existing?.ratings.find((r) => r.competencyId === c.competencyId);
        this.ratings.push(
          this.fb.group({
            competencyId: [c.competencyId],
            rating: [mine?.rating ?? (null as number | null), Validators.required],
            evidence: [mine?.evidence ?? ''],
          }),
        );
      }
      this.form.patchValue({
        recommendation: existing?.recommendation ?? '',
        summary: existing?.summary ?? '',
      });
    });
  }
  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.error.set(this.i18n.t('recruitment.scorecard.incomplete'));
      return;
    }
    const v = this.form.getRawValue();
    await this.submission.run(async () => {
      const application = await firstValueFrom(
        this.api.submitScorecard(this.applicationId(), {
          recommendation: v.recommendation as (typeof RECOMMENDATIONS)[number],
          summary: v.summary,
          ratings: (v.ratings as { competencyId: string; rating: number; evidence: string }[]).map((r) => ({
            ...r,
            rating: Number(r.rating),
          })),
        }),
      );
      this.saved.emit(application);
    });
  }
}
