import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { firstValueFrom } from 'rxjs';
import type { RequisitionDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { EmployeePickerComponent, OrgUnitChoices } from '@cadre/web/identity/widgets';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import { RoleProfileChoices } from '@cadre/web/talent/widgets';
import { FormDialogComponent } from '@cadre/web/ui';

/** A new requisition: what role, where, for whom, how many. */
@Component({
  selector: 'cadre-requisition-dialog',
  imports: [
    ControlMessagePipe,
    FormDialogComponent,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    EmployeePickerComponent,
    TranslatePipe,
    BilingualPipe,
  ],
  providers: [RoleProfileChoices, OrgUnitChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cadre-form-dialog
      [formGroup]="form"
      [title]="'recruitment.requisition.createTitle' | t"
      [submitLabel]="'common.save' | t"
      [cancelLabel]="'common.cancel' | t"
      [busy]="busy()"
      [error]="error()"
      submitTestId="requisition-save"
      (submitted)="save()"
    >
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'recruitment.requisition.title' | t }}</mat-label>
          <input matInput formControlName="title" maxlength="160" data-testid="requisition-title" />
          <mat-error>{{ form.controls.title.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'recruitment.requisition.profile' | t }}</mat-label>
          <mat-select formControlName="roleProfileId" data-testid="requisition-profile">
            @for (p of profiles(); track p.id) {
              <mat-option [value]="p.id"
                >{{ p.current.name | bilingual }} (v{{ p.currentVersion }})</mat-option
              >
            }
          </mat-select>
          <mat-error>{{ form.controls.roleProfileId.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'people.unit' | t }}</mat-label>
          <mat-select formControlName="orgUnitId" data-testid="requisition-unit">
            @for (u of units(); track u.id) {
              <mat-option [value]="u.id"
                ><span [style.padding-left.px]="u.depth * 12">{{ u.name }}</span></mat-option
              >
            }
          </mat-select>
          <mat-error>{{ form.controls.orgUnitId.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <cadre-employee-picker
          [label]="'recruitment.requisition.hiringManager' | t"
          [(employeeId)]="hiringManagerId"
          [required]="true"
          testId="requisition-manager"
        />
        <mat-form-field>
          <mat-label>{{ 'recruitment.requisition.headcount' | t }}</mat-label>
          <input
            matInput
            type="number"
            min="1"
            max="500"
            formControlName="headcount"
            data-testid="requisition-headcount"
          />
          <mat-error>{{ form.controls.headcount.errors | controlMessage }}</mat-error>
        </mat-form-field>
        <mat-slide-toggle formControlName="open">{{
          'recruitment.requisition.openNow' | t
        }}</mat-slide-toggle>
      </mat-dialog-content>
    </cadre-form-dialog>
  `,
  styles: `
    .fields {
      display: grid;
      gap: 8px;
      min-width: min(480px, 85vw);
    }
  `,
})
export class RequisitionDialogComponent {
  private readonly ref = inject(MatDialogRef<RequisitionDialogComponent, RequisitionDto>);
  private readonly recruitment = inject(RecruitmentApi);
  private readonly i18n = inject(I18n);

  // Talent's profiles and identity's units, through their widgets, not their data-access.
  protected readonly profiles = inject(RoleProfileChoices).profiles;
  protected readonly units = inject(OrgUnitChoices).units;
  protected readonly hiringManagerId = signal<string | null>(null);
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    roleProfileId: ['', Validators.required],
    orgUnitId: ['', Validators.required],
    headcount: [1, [Validators.required, Validators.min(1), Validators.max(500)]],
    open: [true],
  });
  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    const manager = this.hiringManagerId();
    if (!manager) this.error.set(this.i18n.t('recruitment.requisition.pickManager'));
    if (this.form.invalid || !manager) return;
    const v = this.form.getRawValue();
    await this.submission.run(async () => {
      const saved = await firstValueFrom(
        this.recruitment.createRequisition({
          title: v.title,
          roleProfileId: v.roleProfileId,
          orgUnitId: v.orgUnitId,
          hiringManagerId: manager,
          headcount: Number(v.headcount),
          status: v.open ? 'open' : 'draft',
        }),
      );
      this.ref.close(saved);
    });
  }
}
