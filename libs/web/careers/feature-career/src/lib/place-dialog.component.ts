import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { CareerDto } from '@cadre/shared/contracts';
import { todayIso } from '@cadre/shared/util';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';
import { FormDialogComponent } from '@cadre/web/ui';

/**
 * HR places someone on a level from a date (their role profile follows), or credits
 * experience from before they joined at the level they hold. Cancel changes nothing.
 */
@Component({
  selector: 'cadre-place-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    TranslatePipe,
    BilingualPipe,
    ControlMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'career.place.title' | t: { name: career.fullName }"
      [submitLabel]="'career.place.submit' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="place-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'career.place.level' | t }}</mat-label>
          <mat-select formControlName="levelId" required data-testid="place-level">
            @for (track of career.tracks; track track.id) {
              <mat-optgroup [label]="track.name | bilingual">
                @for (level of track.levels; track level.id) {
                  <mat-option [value]="level.id">{{ level.name | bilingual }}</mat-option>
                }
              </mat-optgroup>
            }
          </mat-select>
          <mat-error>{{ form.controls.levelId.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'career.place.startsOn' | t }}</mat-label>
          <input
            matInput
            type="date"
            formControlName="startsOn"
            [max]="today"
            required
            data-testid="place-date"
          />
          <mat-error>{{ form.controls.startsOn.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="credited" data-testid="place-credited">
          {{ 'career.place.credited' | t }}
        </mat-checkbox>
        <p class="muted">{{ 'career.place.hint' | t }}</p>
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
export class PlaceDialogComponent {
  protected readonly career = inject<CareerDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<PlaceDialogComponent, CareerDto>);
  private readonly api = inject(CareersApi);
  protected readonly today = todayIso();
  protected readonly form = new FormGroup({
    levelId: new FormControl<string | null>(this.career.position?.levelId ?? null, [Validators.required]),
    startsOn: new FormControl(this.today, { nonNullable: true, validators: [Validators.required] }),
    credited: new FormControl(false, { nonNullable: true }),
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
          this.api.place(this.career.employeeId, {
            levelId: value.levelId ?? '',
            startsOn: value.startsOn,
            credited: value.credited,
          }),
        ),
      );
    });
  }
}
