import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { debounceTime, firstValueFrom, of } from 'rxjs';
import { CANDIDATE_SOURCES, type ApplicationDto, type CandidateDto } from '@cadre/shared/contracts';
import { ControlMessagePipe, formSubmission } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';

/** Adds a candidate to a requisition: someone already known, or a new person (with their CV). */
@Component({
  selector: 'cadre-add-candidate-dialog',
  imports: [
    ControlMessagePipe,
    ReactiveFormsModule,
    MatDialogModule,
    MatTabsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatListModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'recruitment.candidate.addTitle' | t }}</h2>
    <mat-dialog-content class="content">
      <mat-tab-group [selectedIndex]="tab()" (selectedIndexChange)="tab.set($event)" animationDuration="0ms">
        <mat-tab [label]="'recruitment.candidate.new' | t">
          <form [formGroup]="form" (ngSubmit)="createAndApply()" novalidate class="fields" id="new-candidate">
            <mat-form-field>
              <mat-label>{{ 'recruitment.candidate.name' | t }}</mat-label>
              <input matInput formControlName="fullName" maxlength="120" data-testid="candidate-name" />
              <mat-error>{{ form.controls.fullName.errors | controlMessage }}</mat-error>
            </mat-form-field>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'recruitment.candidate.email' | t }}</mat-label>
                <input matInput type="email" formControlName="email" data-testid="candidate-email" />
                <mat-error>{{ form.controls.email.errors | controlMessage }}</mat-error>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'recruitment.candidate.phone' | t }}</mat-label>
                <input matInput type="tel" formControlName="phone" data-testid="candidate-phone" />
                <mat-error>{{ form.controls.phone.errors | controlMessage }}</mat-error>
              </mat-form-field>
            </div>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'recruitment.candidate.source' | t }}</mat-label>
                <mat-select formControlName="source">
                  @for (s of sources; track s) {
                    <mat-option [value]="s">{{ 'recruitment.sources.' + s | t }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'recruitment.candidate.years' | t }}</mat-label>
                <input
                  matInput
                  formControlName="yearsExperience"
                  inputmode="decimal"
                  data-testid="candidate-years"
                />
                <mat-error>{{
                  form.controls.yearsExperience.errors
                    | controlMessage: ('recruitment.candidate.yearsHint' | t)
                }}</mat-error>
              </mat-form-field>
            </div>
            <mat-form-field>
              <mat-label>{{ 'recruitment.candidate.skills' | t }}</mat-label>
              <input matInput formControlName="skills" />
              <mat-hint>{{ 'recruitment.candidate.commaSeparated' | t }}</mat-hint>
              <mat-error>{{ form.controls.skills.errors | controlMessage }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'recruitment.candidate.notes' | t }}</mat-label>
              <textarea matInput rows="2" formControlName="notes"></textarea>
              <mat-error>{{ form.controls.notes.errors | controlMessage }}</mat-error>
            </mat-form-field>
            <label class="file">
              <span>{{ 'recruitment.candidate.cv' | t }}</span>
              <input
                type="file"
                accept=".pdf,.doc,.docx"
                (change)="pick($event)"
                data-testid="candidate-cv"
              />
              <span class="muted">{{ 'recruitment.candidate.cvHint' | t }}</span>
            </label>
          </form>
        </mat-tab>
        <mat-tab [label]="'recruitment.candidate.existing' | t">
          <div class="fields">
            <mat-form-field>
              <mat-label>{{ 'recruitment.candidate.search' | t }}</mat-label>
              <mat-icon matPrefix>search</mat-icon>
              <input matInput (input)="query.set($any($event.target).value)" data-testid="candidate-search" />
            </mat-form-field>
            <mat-selection-list
              [multiple]="false"
              (selectionChange)="chosen.set($event.options[0]?.value ?? null)"
              [attr.aria-label]="'recruitment.candidate.existing' | t"
            >
              @for (c of matches(); track c.id) {
                <mat-list-option [value]="c">
                  <span matListItemTitle>{{ c.fullName }}</span>
                  <span matListItemLine
                    >{{ c.email ?? c.phone }} ·
                    {{ 'recruitment.candidate.yearsShort' | t: { years: c.yearsExperience } }}</span
                  >
                </mat-list-option>
              } @empty {
                <p class="muted">
                  {{
                    (query() ? 'recruitment.candidate.noMatches' : 'recruitment.candidate.typeToSearch') | t
                  }}
                </p>
              }
            </mat-selection-list>
          </div>
        </mat-tab>
      </mat-tab-group>
      @if (error()) {
        <p class="error" role="alert" data-testid="candidate-error">{{ error() }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'common.cancel' | t }}</button>
      @if (tab() === 0) {
        <button
          mat-flat-button
          type="submit"
          form="new-candidate"
          [disabled]="busy()"
          data-testid="candidate-save"
        >
          {{ 'recruitment.candidate.addAndApply' | t }}
        </button>
      } @else {
        <button mat-flat-button type="button" (click)="applyExisting()" [disabled]="busy() || !chosen()">
          {{ 'recruitment.candidate.apply' | t }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      min-width: min(560px, 88vw);
    }
    .fields {
      display: grid;
      gap: 4px;
      padding-top: 12px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row > mat-form-field {
      flex: 1 1 200px;
    }
    .file {
      display: grid;
      gap: 4px;
      margin: 8px 0;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AddCandidateDialogComponent {
  private readonly requisitionId = inject<string>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AddCandidateDialogComponent, ApplicationDto>);
  private readonly api = inject(RecruitmentApi);
  private readonly i18n = inject(I18n);

  protected readonly sources = CANDIDATE_SOURCES;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly tab = signal(0);
  private readonly submission = formSubmission(() => this.form);
  protected readonly busy = this.submission.busy;
  protected readonly error = this.submission.error;
  protected readonly query = signal('');
  protected readonly chosen = signal<CandidateDto | null>(null);
  private file: File | null = null;
  private readonly settled = toSignal(toObservable(this.query).pipe(debounceTime(250)), { initialValue: '' });
  private readonly search = rxResource({
    params: () => this.settled().trim(),
    stream: ({ params }) => (params ? this.api.searchCandidates(params) : of(null)),
  });
  protected readonly matches = () => (this.search.hasValue() ? (this.search.value()?.items ?? []) : []);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    fullName: ['', [Validators.required, Validators.maxLength(120)]],
    email: ['', Validators.email],
    phone: [''],
    source: ['referral' as (typeof CANDIDATE_SOURCES)[number]],
    yearsExperience: ['0', [Validators.required, Validators.pattern(/^\d{1,2}(\.\d)?$/)]],
    skills: [''],
    notes: [''],
  });
  protected pick(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  protected async createAndApply(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    if (!v.email && !v.phone) {
      this.error.set(this.i18n.t('recruitment.candidate.needContact'));
      return;
    }
    // One call: the server creates the candidate, stores the CV and applies together, so a
    // refused CV leaves nothing behind and the user simply tries again with another file.
    await this.run(() =>
      firstValueFrom(
        this.api.addNewCandidate(
          this.requisitionId,
          {
            fullName: v.fullName,
            email: v.email || null,
            phone: v.phone || null,
            source: v.source,
            yearsExperience: v.yearsExperience,
            skills: v.skills
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            notes: v.notes,
          },
          this.file,
        ),
      ),
    );
  }

  protected async applyExisting(): Promise<void> {
    const candidate = this.chosen();
    if (candidate) await this.run(() => firstValueFrom(this.api.apply(this.requisitionId, candidate.id)));
  }

  private async run(work: () => Promise<ApplicationDto>): Promise<void> {
    await this.submission.run(async () => this.ref.close(await work()));
    // A refused field may be out of sight in a scrolled dialog (a phone): bring it to the reader.
    this.host.nativeElement.querySelector<HTMLElement>('.mat-mdc-form-field-invalid input')?.focus();
  }
}
