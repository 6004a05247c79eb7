import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { FiscalPeriodDto, MetricDto, SmartText } from '@cadre/shared/contracts';
import { describeError, toAppError } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { PerformanceApi } from '@cadre/web/performance/data-access';
import { FormDialogComponent } from '@cadre/web/ui';

export interface TargetDialogData {
  units: { id: string; name: string }[];
  people: { id: string; name: string }[];
  metrics: MetricDto[];
  periods: FiscalPeriodDto[];
  periodId: string;
}

const SMART: (keyof SmartText)[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/**
 * Sets a target for a unit or a person the caller manages: metric, period, value and the
 * SMART wording. Setting one that exists changes it (the change is audited). Closes with
 * true once saved; Cancel and Escape change nothing.
 */
@Component({
  selector: 'cadre-target-dialog',
  imports: [
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [title]="'performance.targets.setTitle' | t"
      [submitLabel]="'performance.targets.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="target-save"
      (submitted)="save()"
    >
      <mat-dialog-content [formGroup]="form" class="form">
        <mat-form-field>
          <mat-label>{{ 'performance.targets.for' | t }}</mat-label>
          <mat-select formControlName="holder" data-testid="target-holder" required>
            @if (data.units.length) {
              <mat-optgroup [label]="'performance.targets.units' | t">
                @for (u of data.units; track u.id) {
                  <mat-option [value]="'u:' + u.id">{{ u.name }}</mat-option>
                }
              </mat-optgroup>
            }
            <mat-optgroup [label]="'performance.targets.people' | t">
              @for (p of data.people; track p.id) {
                <mat-option [value]="'p:' + p.id">{{ p.name }}</mat-option>
              }
            </mat-optgroup>
          </mat-select>
          <mat-error>{{ 'validation.code.required' | t }}</mat-error>
        </mat-form-field>
        <div class="pair">
          <mat-form-field>
            <mat-label>{{ 'performance.metric' | t }}</mat-label>
            <mat-select formControlName="metricId" data-testid="target-metric" required>
              @for (m of data.metrics; track m.id) {
                <mat-option [value]="m.id">{{ name(m) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'performance.period' | t }}</mat-label>
            <mat-select formControlName="periodId" data-testid="target-period" required>
              @for (p of data.periods; track p.id) {
                <mat-option [value]="p.id">{{ p.key }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'performance.target' | t }}</mat-label>
          <input
            matInput
            formControlName="value"
            inputmode="decimal"
            required
            data-testid="target-value"
            cdkFocusInitial
          />
          <mat-error>{{ 'performance.targets.valueError' | t }}</mat-error>
        </mat-form-field>
        <mat-expansion-panel class="smart">
          <mat-expansion-panel-header>{{ 'performance.targets.smartTitle' | t }}</mat-expansion-panel-header>
          @for (f of smart; track f) {
            <mat-form-field class="full">
              <mat-label>{{ 'performance.smart.' + f | t }}</mat-label>
              <textarea matInput [formControlName]="f" rows="2" maxlength="1000"></textarea>
            </mat-form-field>
          }
        </mat-expansion-panel>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .form {
      display: flex;
      flex-direction: column;
      min-width: min(480px, 80vw);
    }
    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .pair mat-form-field {
      flex: 1 1 180px;
    }
    .full {
      width: 100%;
    }
  `,
})
export class TargetDialogComponent {
  protected readonly data = inject<TargetDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<TargetDialogComponent, boolean>);
  private readonly api = inject(PerformanceApi);
  private readonly i18n = inject(I18n);
  protected readonly smart = SMART;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    holder: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    metricId: new FormControl(this.data.metrics[0]?.id ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    periodId: new FormControl(this.data.periodId, { nonNullable: true, validators: [Validators.required] }),
    value: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\s*\d{1,15}(\.\d{1,6})?\s*$/)],
    }),
    specific: new FormControl('', { nonNullable: true }),
    measurable: new FormControl('', { nonNullable: true }),
    achievable: new FormControl('', { nonNullable: true }),
    relevant: new FormControl('', { nonNullable: true }),
    timeBound: new FormControl('', { nonNullable: true }),
  });

  protected name(m: MetricDto): string {
    return this.i18n.pick({ en: m.nameEn, zh: m.nameZh });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const [kind, id] = v.holder.split(':');
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.api.setTarget({
          metricId: v.metricId,
          periodId: v.periodId,
          ...(kind === 'u' ? { orgUnitId: id } : { employeeId: id }),
          value: v.value.trim(),
          ...Object.fromEntries(SMART.map((f) => [f, v[f].trim()])),
        }),
      );
      this.ref.close(true);
    } catch (error) {
      this.error.set(describeError(this.i18n, toAppError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
