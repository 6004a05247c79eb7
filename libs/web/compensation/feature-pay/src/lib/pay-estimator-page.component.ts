import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { startWith } from 'rxjs';
import { Decimal, type Statement } from '@cadre/compensation/engine';
import type { PayEstimateInputsDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { StatementViewComponent } from '@cadre/web/compensation/ui';
import { ErrorTextPipe, SessionStore, toAppError } from '@cadre/web/core';
import { todayIso } from '@cadre/shared/util';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { estimatePay, type ImaginedDeal, type PayEstimate } from './pay-estimate';
import { formatMoney, isZeroAmount } from './pay-format';
import { PayTabsComponent } from './pay-tabs.component';

/** A deal's value: up to 13 digits and 2 decimals, as a sale is imported. */
const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const WHOLE = /^\d{1,9}$/;
const ATTRIBUTES = ['product', 'region', 'segment'] as const;

/** A share in percent: more than 0, at most 100, two decimals. */
function sharePercent(control: AbstractControl<string>): ValidationErrors | null {
  const text = control.value.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return { share: true };
  const value = new Decimal(text);
  return value.isZero() || value.greaterThan(100) ? { share: true } : null;
}

/**
 * "If I close this deal, I earn …": the person's own plan evaluated in the browser on the
 * period's totals so far (read by the run's own code on the server), without and with a deal
 * they imagine. Nothing is saved.
 */
@Component({
  selector: 'cadre-pay-estimator-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
    StatementViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.estimate.title' | t" [subtitle]="'pay.estimate.subtitle' | t" />
      <cadre-pay-tabs />
      @if (assignments.isLoading() || (inputs.isLoading() && !inputs.hasValue())) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (unavailable(); as reason) {
        <cadre-empty-state
          icon="calculate"
          [title]="'pay.estimate.' + reason | t"
          [hint]="'pay.estimate.' + reason + 'Hint' | t"
          data-testid="estimate-unavailable"
        />
      } @else if (inputs.error()) {
        <cadre-error-state
          [message]="inputs.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="inputs.reload()"
        />
      } @else if (inputs.hasValue() && estimate(); as e) {
        @let i = inputs.value();
        <p class="muted" data-testid="estimate-plan">
          {{ 'pay.estimate.basis' | t: { plan: i.planName, version: i.planVersion, period: i.period } }}
        </p>
        <div class="columns">
          <mat-card appearance="outlined">
            <mat-card-header>
              <mat-card-title>{{ 'pay.estimate.deal' | t }}</mat-card-title>
              <mat-card-subtitle>{{ 'pay.estimate.dealHint' | t }}</mat-card-subtitle>
            </mat-card-header>
            <mat-card-content>
              <form [formGroup]="form" class="deal" (submit)="$event.preventDefault()">
                <div formGroupName="values" class="fields">
                  @for (m of i.metrics; track m.code; let first = $first) {
                    @if (form.controls.values.contains(m.code)) {
                      <mat-form-field subscriptSizing="dynamic">
                        <mat-label>{{ metricName(m) }}</mat-label>
                        <input
                          matInput
                          inputmode="decimal"
                          autocomplete="off"
                          [formControlName]="m.code"
                          [attr.data-testid]="'deal-' + m.code"
                        />
                        @if (m.unit === 'money') {
                          <span matTextSuffix>{{ currency() }}</span>
                        }
                        @if (first) {
                          <mat-hint>{{ 'pay.estimate.valueHint' | t }}</mat-hint>
                        }
                        <mat-error>{{
                          (m.unit === 'count' ? 'pay.estimate.badCount' : 'pay.estimate.badAmount') | t
                        }}</mat-error>
                      </mat-form-field>
                    }
                  }
                </div>
                <div class="fields">
                  <mat-form-field subscriptSizing="dynamic">
                    <mat-label>{{ 'pay.estimate.share' | t }}</mat-label>
                    <input matInput inputmode="decimal" formControlName="share" data-testid="deal-share" />
                    <span matTextSuffix>%</span>
                    <mat-hint>{{ 'pay.estimate.shareHint' | t }}</mat-hint>
                    <mat-error>{{ 'pay.estimate.badShare' | t }}</mat-error>
                  </mat-form-field>
                  @for (a of attributes; track a) {
                    @if (i.attributes[a].length) {
                      <mat-form-field subscriptSizing="dynamic">
                        <mat-label>{{ 'pay.estimate.attributes.' + a | t }}</mat-label>
                        <mat-select [formControlName]="a" [attr.data-testid]="'deal-' + a">
                          <mat-option value="">{{ 'pay.estimate.other' | t }}</mat-option>
                          @for (v of i.attributes[a]; track v) {
                            <mat-option [value]="v">{{ v }}</mat-option>
                          }
                        </mat-select>
                      </mat-form-field>
                    }
                  }
                </div>
              </form>
            </mat-card-content>
          </mat-card>

          <mat-card appearance="outlined" class="result" aria-live="polite" data-testid="estimate-result">
            <mat-card-header>
              <mat-card-title>{{ 'pay.estimate.result' | t }}</mat-card-title>
            </mat-card-header>
            <mat-card-content>
              @if (!dealGiven()) {
                <p class="muted">
                  {{ (form.invalid ? 'pay.estimate.fixDeal' : 'pay.estimate.enterDeal') | t }}
                </p>
              } @else if (isZero(e.difference)) {
                <p class="headline" data-testid="estimate-difference">{{ 'pay.estimate.noChange' | t }}</p>
              } @else {
                <p class="headline" data-testid="estimate-difference">
                  {{ 'pay.estimate.more' | t: { amount: money(e.difference) } }}
                </p>
              }
              <table class="compare">
                <thead>
                  <tr>
                    <th></th>
                    <th class="num">{{ 'pay.estimate.sofar' | t }}</th>
                    <th class="num">{{ 'pay.estimate.withDeal' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (line of e.withDeal.lines; track line.component; let n = $index) {
                    <tr [class.changed]="line.amount !== e.now.lines[n]?.amount">
                      <td>{{ line.name ?? line.component }}</td>
                      <td class="num">{{ money(e.now.lines[n]?.amount ?? '0') }}</td>
                      <td class="num">{{ money(line.amount) }}</td>
                    </tr>
                  }
                  <tr class="total">
                    <td>{{ 'pay.earnings' | t }}</td>
                    <td class="num" data-testid="estimate-now">{{ money(e.now.earnings) }}</td>
                    <td class="num" data-testid="estimate-with">{{ money(e.withDeal.earnings) }}</td>
                  </tr>
                  <tr>
                    <td>{{ 'pay.payout' | t }}</td>
                    <td class="num">{{ money(e.now.payout) }}</td>
                    <td class="num">{{ money(e.withDeal.payout) }}</td>
                  </tr>
                </tbody>
              </table>
              <p class="muted small">{{ 'pay.estimate.caveat' | t }}</p>
            </mat-card-content>
          </mat-card>
        </div>
        <details class="how">
          <summary>{{ 'pay.estimate.how' | t }}</summary>
          <cadre-statement-view [statement]="explained(e.withDeal)" [metricNames]="metricNames()" />
        </details>
      }
    </div>
  `,
  styles: `
    .columns {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(min(340px, 100%), 1fr));
      align-items: start;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 12px;
      margin-bottom: 12px;
    }
    .fields mat-form-field {
      flex: 1 1 180px;
    }
    .headline {
      font-size: 1.25rem;
      font-weight: 500;
      margin: 8px 0 12px;
    }
    .compare {
      width: 100%;
      border-collapse: collapse;
    }
    .compare td,
    .compare th {
      padding: 6px 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    .compare .num {
      text-align: end;
      white-space: nowrap;
    }
    .compare tr.changed td {
      font-weight: 500;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .compare tr.total td {
      font-weight: 500;
    }
    .small {
      font-size: 0.85rem;
    }
    .how {
      margin-top: 16px;
    }
    .how summary {
      cursor: pointer;
      margin-bottom: 8px;
    }
  `,
})
export class PayEstimatorPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  protected readonly attributes = ATTRIBUTES;

  /**
   * Whether a plan of the reader's covers today: someone with none is told so without asking
   * for an estimate the server can only refuse (a 404 in the console on every visit).
   */
  protected readonly assignments = rxResource({ stream: () => this.api.myAssignments() });
  private readonly planToday = computed(() => {
    if (!this.assignments.hasValue()) return undefined;
    const today = todayIso();
    return this.assignments
      .value()
      .some((a) => a.startsOn <= today && (a.endsOn === null || today <= a.endsOn));
  });
  protected readonly inputs = rxResource({
    // Asked once the plans are known, unless none covers today (or, when they could not be read, anyway).
    params: () => (this.assignments.isLoading() || this.planToday() === false ? undefined : true),
    stream: () => this.api.estimateInputs(),
  });

  protected readonly form = new FormGroup({
    values: new FormGroup<Record<string, FormControl<string>>>({}),
    share: new FormControl('100', { nonNullable: true, validators: [Validators.required, sharePercent] }),
    product: new FormControl('', { nonNullable: true }),
    region: new FormControl('', { nonNullable: true }),
    segment: new FormControl('', { nonNullable: true }),
  });
  private readonly formValue = toSignal(this.form.valueChanges.pipe(startWith(null)));

  constructor() {
    // One amount field per metric the plan reads, once the plan is known.
    effect(() => {
      if (!this.inputs.hasValue()) return;
      const values = this.form.controls.values;
      for (const m of this.inputs.value().metrics)
        if (!values.contains(m.code))
          values.addControl(
            m.code,
            new FormControl('', {
              nonNullable: true,
              // Units (customers, meetings) come whole; money to the cent.
              validators: Validators.pattern(m.unit === 'count' ? WHOLE : AMOUNT),
            }),
          );
    });
  }

  /** A 404 (no plan this period) or 409 (no quota yet) is a state of the person, not a failure. */
  protected readonly unavailable = computed(() => {
    if (this.planToday() === false) return 'noPlan';
    const error = this.inputs.error();
    if (!error) return null;
    const status = toAppError(error).status;
    return status === 404 ? 'noPlan' : status === 409 ? 'noQuota' : null;
  });

  protected readonly currency = computed(() =>
    this.inputs.hasValue() ? String(this.inputs.value().plan['currency'] ?? '') : '',
  );

  protected readonly dealGiven = computed(() => this.deal() !== null);

  private readonly deal = computed<ImaginedDeal | null>(() => {
    this.formValue();
    if (!this.inputs.hasValue()) return null;
    const raw = this.form.getRawValue();
    const values = Object.fromEntries(Object.entries(raw.values).filter(([, v]) => v.trim() !== ''));
    if (!Object.keys(values).length || this.form.invalid) return null;
    const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, raw[a]]).filter(([, v]) => v !== ''));
    return { values, share: new Decimal(raw.share).dividedBy(100).toString(), attributes };
  });

  protected readonly estimate = computed<PayEstimate | null>(() =>
    this.inputs.hasValue() ? estimatePay(this.inputs.value(), this.deal()) : null,
  );

  protected readonly metricNames = computed<Record<string, string>>(() =>
    this.inputs.hasValue()
      ? Object.fromEntries(this.inputs.value().metrics.map((m) => [m.code, this.metricName(m)]))
      : {},
  );

  protected metricName(m: PayEstimateInputsDto['metrics'][number]): string {
    return this.i18n.locale() === 'zh-CN' ? m.nameZh : m.nameEn;
  }

  protected money(value: string): string {
    return formatMoney(value, this.currency(), this.i18n.locale());
  }

  protected isZero(value: string): boolean {
    return isZeroAmount(value);
  }

  protected explained(s: Statement): Statement {
    return { ...s, payee: this.session.user()?.displayName ?? s.payee };
  }
}
