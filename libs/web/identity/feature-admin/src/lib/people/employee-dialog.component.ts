import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import { EMPLOYEE_STATUSES, type EmployeeDto, type OrgUnitDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import { buildOrgTree, flattenOrgTree, IdentityApi } from '@cadre/web/identity/data-access';
import { EmployeePickerComponent } from '@cadre/web/identity/widgets';
import { FormDialogComponent } from '@cadre/web/ui';

export interface EmployeeDialogData {
  employee: EmployeeDto | null;
  units: OrgUnitDto[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Create or edit an employee record (HR and admin). */
@Component({
  selector: 'cadre-employee-dialog',
  imports: [
    ControlMessagePipe,
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    EmployeePickerComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="(data.employee ? 'people.editTitle' : 'people.createTitle') | t"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="employee-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'people.name' | t }}</mat-label>
          <input matInput formControlName="fullName" required cdkFocusInitial data-testid="employee-name" />
          <mat-error>{{ form.controls.fullName.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" required data-testid="employee-email" />
          <mat-error>{{ form.controls.email.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.jobTitle' | t }}</mat-label>
          <input matInput formControlName="jobTitle" required data-testid="employee-title" />
          <mat-error>{{ form.controls.jobTitle.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.hireDate' | t }}</mat-label>
          <input matInput type="date" formControlName="hireDate" required data-testid="employee-hire-date" />
          <mat-error>{{ form.controls.hireDate.errors | controlMessage: ('validation.date' | t) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.unit' | t }}</mat-label>
          <mat-select formControlName="orgUnitId" required data-testid="employee-unit">
            @for (u of unitOptions; track u.id) {
              <mat-option [value]="u.id"
                ><span [style.padding-left.px]="u.depth * 12">{{ u.name }}</span></mat-option
              >
            }
          </mat-select>
          <mat-error>{{ form.controls.orgUnitId.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <cadre-employee-picker
          [label]="'people.manager' | t"
          [(employeeId)]="managerId"
          [(displayName)]="managerName"
          testId="employee-manager"
        />
        <mat-form-field>
          <mat-label>{{ 'people.status' | t }}</mat-label>
          <mat-select formControlName="status">
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ 'people.statuses.' + s | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(480px, 80vw);
    }
  `,
})
export class EmployeeDialogComponent {
  protected readonly data = inject<EmployeeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<EmployeeDialogComponent, EmployeeDto>);
  private readonly api = inject(IdentityApi);

  protected readonly statuses = EMPLOYEE_STATUSES;
  protected readonly unitOptions = flattenOrgTree(buildOrgTree(this.data.units));
  protected readonly managerId = signal<string | null>(this.data.employee?.managerId ?? null);
  protected readonly managerName = signal<string>(this.data.employee?.managerName ?? '');
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    fullName: [this.data.employee?.fullName ?? '', [Validators.required, Validators.maxLength(120)]],
    email: [this.data.employee?.email ?? '', [Validators.required, Validators.email]],
    jobTitle: [this.data.employee?.jobTitle ?? '', [Validators.required, Validators.maxLength(120)]],
    hireDate: [
      this.data.employee?.hireDate ?? new Date().toISOString().slice(0, 10),
      [Validators.required, Validators.pattern(ISO_DATE)],
    ],
    orgUnitId: [this.data.employee?.orgUnitId ?? '', Validators.required],
    status: [this.data.employee?.status ?? 'active'],
  });
  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const body = { ...this.form.getRawValue(), managerId: this.managerId() };
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.data.employee
          ? this.api.updateEmployee(this.data.employee.id, body)
          : this.api.createEmployee(body),
      );
      this.ref.close(saved);
    });
  }
}
