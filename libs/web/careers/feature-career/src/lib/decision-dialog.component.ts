import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { PromotionDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';
import { ReadinessSummaryComponent } from './readiness-summary.component';

export interface DecisionDialogData {
  promotion: PromotionDto;
  /** HR passes it on (with a note), the next-level manager approves (with a date), either rejects (why). */
  decision: 'review' | 'approve' | 'reject';
}

/** One decision on a nomination, with the readiness it was made on; Cancel decides nothing. */
@Component({
  selector: 'cadre-decision-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
    ReadinessSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = data.promotion;
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.decide.' + data.decision + '.title' | t: { name: p.fullName }"
      [submitLabel]="'career.decide.' + data.decision + '.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="decision-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <p>
          {{
            'career.promotion.move'
              | t: { from: p.fromLevel.name | bilingual, to: p.toLevel.name | bilingual }
          }}
        </p>
        <cadre-readiness-summary [readiness]="p.readiness" />
        @if (p.justification) {
          <p class="quote">“{{ p.justification }}” — {{ p.nominatedBy }}</p>
        }
        @if (p.hrNote) {
          <p class="quote">{{ 'career.promotion.hrNote' | t: { note: p.hrNote } }} — {{ p.hrReviewedBy }}</p>
        }
        @if (data.decision === 'approve') {
          <mat-form-field>
            <mat-label>{{ 'career.decide.effectiveOn' | t }}</mat-label>
            <input
              matInput
              type="date"
              formControlName="effectiveOn"
              [min]="today"
              required
              data-testid="effective-on"
            />
            <mat-hint>{{ 'career.decide.effectiveHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.effectiveOn.errors | controlMessage }}</mat-error>
          </mat-form-field>
        } @else {
          <mat-form-field>
            <mat-label>{{
              (data.decision === 'reject' ? 'career.decide.reason' : 'career.decide.note') | t
            }}</mat-label>
            <textarea
              matInput
              formControlName="text"
              rows="3"
              data-testid="decision-text"
              cdkFocusInitial
            ></textarea>
            <mat-error>{{ form.controls.text.errors | controlMessage }}</mat-error>
          </mat-form-field>
        }
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(480px, 84vw);
    }
    .quote {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DecisionDialogComponent {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DecisionDialogComponent, PromotionDto>);
  private readonly api = inject(CareersApi);
  protected readonly today = todayIso();
  protected readonly form = new FormGroup({
    effectiveOn: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('', {
      nonNullable: true,
      validators:
        this.data.decision === 'reject'
          ? [Validators.required, Validators.maxLength(2000)]
          : [Validators.maxLength(2000)],
    }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.controls.text.setValue(this.form.controls.text.value.trim());
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { effectiveOn, text } = this.form.getRawValue();
    const id = this.data.promotion.id;
    await this.submission.run(async () => {
      const request =
        this.data.decision === 'approve'
          ? this.api.approve(id, effectiveOn)
          : this.data.decision === 'review'
            ? this.api.review(id, text || null)
            : this.api.reject(id, text);
      this.ref.close(await firstValueFrom(request));
    });
  }
}

/** Opens the decision; the promotion as decided, or undefined when cancelled. */
export function openDecision(
  dialog: MatDialog,
  promotion: PromotionDto,
  decision: DecisionDialogData['decision'],
): Promise<PromotionDto | undefined> {
  return firstValueFrom(
    dialog
      .open<DecisionDialogComponent, DecisionDialogData, PromotionDto>(DecisionDialogComponent, {
        data: { promotion, decision },
        autoFocus: 'dialog',
      })
      .afterClosed(),
  );
}
