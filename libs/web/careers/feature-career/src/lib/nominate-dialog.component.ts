import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { PromotionDto } from '@cadre/shared/contracts';
import { CareersApi, levelsById } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, ErrorTextPipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';
import { ReadinessSummaryComponent } from './readiness-summary.component';

export interface NominateDialogData {
  employeeId: string;
  fullName: string;
}

/**
 * A manager nominates someone for a level they may go to next, seeing the readiness that
 * will be attached; below 100% they say why. Cancel nominates nobody.
 */
@Component({
  selector: 'cadre-nominate-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatProgressBarModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
    ErrorTextPipe,
    ReadinessSummaryComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.nominate.title' | t: { name: data.fullName }"
      [submitLabel]="'career.nominate.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy() || career.isLoading()"
      [error]="error()"
      submitTestId="nominate-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        @if (career.error()) {
          <p class="error" role="alert">{{ career.error() | errorText }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'career.nominate.level' | t }}</mat-label>
          <mat-select formControlName="toLevelId" required data-testid="nominate-level">
            @for (level of nextLevels(); track level.id) {
              <mat-option [value]="level.id">{{ level.name | bilingual }}</mat-option>
            }
          </mat-select>
          @if (!career.isLoading() && !nextLevels().length) {
            <mat-hint>{{ 'career.nominate.noNext' | t }}</mat-hint>
          }
          <mat-error>{{ form.controls.toLevelId.errors | controlMessage }}</mat-error>
        </mat-form-field>
        @if (career.isLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        } @else if (readiness(); as r) {
          <cadre-readiness-summary [readiness]="r" />
        }
        <mat-form-field>
          <mat-label>{{ 'career.nominate.justification' | t }}</mat-label>
          <textarea
            matInput
            formControlName="justification"
            rows="3"
            data-testid="nominate-justification"
          ></textarea>
          <mat-hint>{{ (ready() ? 'career.nominate.optional' : 'career.nominate.why') | t }}</mat-hint>
          <mat-error>{{ form.controls.justification.errors | controlMessage }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(480px, 84vw);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class NominateDialogComponent {
  protected readonly data = inject<NominateDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<NominateDialogComponent, PromotionDto>);
  private readonly api = inject(CareersApi);
  protected readonly form = new FormGroup({
    toLevelId: new FormControl<string | null>(null, [Validators.required]),
    justification: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
  private readonly level = toSignal(this.form.controls.toLevelId.valueChanges, { initialValue: null });
  /** The person's career with readiness for the level chosen (the first next level at first). */
  protected readonly career = rxResource({
    params: () => ({ levelId: this.level() }),
    stream: ({ params }) => this.api.career(this.data.employeeId, params.levelId),
  });
  protected readonly nextLevels = computed(() => {
    const career = this.career.value();
    if (!career) return [];
    const levels = levelsById(career.tracks);
    return career.nextLevelIds.flatMap((id) => levels.get(id) ?? []);
  });
  protected readonly readiness = computed(() => this.career.value()?.readiness ?? null);
  protected readonly ready = computed(() => this.readiness()?.percent === '100.0');
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  constructor() {
    // Once the career has loaded, the first next level is chosen: the one its readiness is for.
    effect(() => {
      const first = this.nextLevels()[0];
      if (first && !this.form.controls.toLevelId.value)
        this.form.controls.toLevelId.setValue(first.id, { emitEvent: false });
    });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const justification = this.form.controls.justification.value.trim();
    if (!this.ready() && !justification) this.form.controls.justification.setErrors({ required: true });
    if (this.form.invalid) return;
    const toLevelId = this.form.controls.toLevelId.value ?? '';
    await this.submission.run(async () => {
      this.ref.close(
        await firstValueFrom(
          this.api.nominate({
            employeeId: this.data.employeeId,
            toLevelId,
            justification: justification || null,
          }),
        ),
      );
    });
  }
}

/** Opens the nomination of someone; the nomination made, or undefined when cancelled. */
export function openNomination(
  dialog: MatDialog,
  data: NominateDialogData,
): Promise<PromotionDto | undefined> {
  return firstValueFrom(
    dialog
      .open<NominateDialogComponent, NominateDialogData, PromotionDto>(NominateDialogComponent, {
        data,
        autoFocus: 'dialog',
      })
      .afterClosed(),
  );
}
