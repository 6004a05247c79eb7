import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import type { AssessmentCycleDto } from '@cadre/shared/contracts';
import { addDaysIso, todayIso } from '@cadre/shared/util';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

/** HR opens an assessment cycle for everyone on a track; Cancel opens nothing. */
@Component({
  selector: 'cadre-cycle-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.cycle.open' | t"
      [submitLabel]="'career.cycle.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="cycle-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <p class="muted">{{ 'career.cycle.hint' | t }}</p>
        <mat-form-field>
          <mat-label>{{ 'career.cycle.name' | t }}</mat-label>
          <input matInput formControlName="name" required data-testid="cycle-name" cdkFocusInitial />
          <mat-error>{{ form.controls.name.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'career.cycle.dueOn' | t }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="dueOn"
            [min]="today"
            required
            data-testid="cycle-due"
          />
          <mat-error>{{ form.controls.dueOn.errors | controlMessage }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 12px;
      min-width: min(420px, 84vw);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CycleDialogComponent {
  private readonly ref = inject(MatDialogRef<CycleDialogComponent, AssessmentCycleDto>);
  private readonly api = inject(CareersApi);
  protected readonly today = todayIso();
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    dueOn: new FormControl(addDaysIso(this.today, 30), {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected async save(): Promise<void> {
    this.form.controls.name.setValue(this.form.controls.name.value.trim());
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    await this.submission.run(async () => {
      this.ref.close(await firstValueFrom(this.api.openCycle(this.form.getRawValue())));
    });
  }
}
