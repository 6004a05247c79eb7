import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ErrorTextPipe } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { EmptyStateComponent, ErrorStateComponent, LoadingBlockComponent } from '@cadre/web/ui';
import { formatMoney, formatSignedMoney, isZeroAmount } from './pay-format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * Before publishing a draft: what a past period (the last complete one unless another is
 * asked for) would have paid under it, beside the version in force, per person and in total.
 * Calculated by the server with the run's own code; nothing is written.
 */
@Component({
  selector: 'cadre-plan-what-if',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorTextPipe,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="what-if" data-testid="plan-what-if" aria-live="polite">
      <form class="ask" (ngSubmit)="ask()">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'pay.whatIf.period' | t }}</mat-label>
          <input
            matInput
            name="period"
            [(ngModel)]="typed"
            [placeholder]="period() === 'quarter' ? '2026-Q3' : '2026-10'"
            data-testid="what-if-period"
          />
          <mat-hint>{{ 'pay.whatIf.periodHint' | t }}</mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit" data-testid="what-if-ask">
          {{ 'pay.whatIf.compare' | t }}
        </button>
      </form>
      @if (badPeriod()) {
        <p class="error" role="alert" data-testid="what-if-bad-period">
          {{ 'pay.whatIf.badPeriod.' + period() | t }}
        </p>
      }
      @if (badPeriod()) {
        <!-- Nothing below until the period reads as one. -->
      } @else if (result.isLoading()) {
        <cadre-loading [label]="'pay.whatIf.loading' | t" />
      } @else if (result.error()) {
        <cadre-error-state
          [message]="result.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="result.reload()"
        />
      } @else if (result.hasValue()) {
        @let r = result.value();
        <p class="summary" data-testid="what-if-summary">
          @if (r.currentVersion === null) {
            {{
              'pay.whatIf.summaryNew'
                | t: { period: r.period, version: r.draftVersion, draft: money(r.total.draft, r.currency) }
            }}
          } @else {
            {{
              'pay.whatIf.summary'
                | t
                  : {
                      period: r.period,
                      version: r.draftVersion,
                      current: r.currentVersion,
                      draft: money(r.total.draft, r.currency),
                      paid: money(r.total.current, r.currency),
                      difference: signed(r.total.difference, r.currency),
                    }
            }}
          }
        </p>
        @if (!r.people.length) {
          <cadre-empty-state icon="group_off" [title]="'pay.whatIf.nobody' | t: { period: r.period }" />
        } @else {
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="what-if-people">
              <thead>
                <tr>
                  <th>{{ 'pay.person' | t }}</th>
                  <th class="num">{{ 'pay.whatIf.current' | t: { version: r.currentVersion ?? '—' } }}</th>
                  <th class="num">{{ 'pay.whatIf.draft' | t: { version: r.draftVersion } }}</th>
                  <th class="num">{{ 'pay.whatIf.difference' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of r.people; track p.employeeId) {
                  <tr [class.changed]="p.difference !== null && !isZero(p.difference)">
                    <td>{{ p.fullName }}</td>
                    <td
                      class="num"
                      [attr.data-label]="'pay.whatIf.current' | t: { version: r.currentVersion ?? '—' }"
                    >
                      {{ p.current ? money(p.current.earnings, r.currency) : ('pay.whatIf.notPaid' | t) }}
                    </td>
                    <td class="num" [attr.data-label]="'pay.whatIf.draft' | t: { version: r.draftVersion }">
                      {{ p.draft ? money(p.draft.earnings, r.currency) : ('pay.whatIf.notPaid' | t) }}
                    </td>
                    <td class="num" [attr.data-label]="'pay.whatIf.difference' | t">
                      {{ p.difference === null ? '—' : signed(p.difference, r.currency) }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (r.problems.length) {
          <ul class="problems" data-testid="what-if-problems">
            @for (p of r.problems; track p.employeeId + p.version) {
              <li>
                {{
                  'pay.whatIf.problem.' + p.version | t: { name: p.fullName, metrics: p.params['metrics'] }
                }}
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .what-if {
      margin-top: 12px;
      padding-top: 12px;
      border-top: 1px dashed var(--mat-sys-outline-variant);
    }
    .ask {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
    }
    .summary {
      font-weight: 500;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
    tr.changed td {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .error,
    .problems {
      color: var(--mat-sys-error);
      padding-inline-start: 20px;
    }
  `,
})
export class PlanWhatIfComponent {
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  readonly planId = input.required<string>();
  readonly period = input.required<'month' | 'quarter'>();

  protected typed = '';
  /** The period asked for; '' = the last complete one (the server's default). */
  private readonly asked = signal('');
  protected readonly badPeriod = signal(false);

  protected readonly result = rxResource({
    params: () => ({ id: this.planId(), period: this.asked() }),
    stream: ({ params }) => this.api.planWhatIf(params.id, params.period || undefined),
  });

  protected ask(): void {
    const text = this.typed.trim();
    const ok = text === '' || (this.period() === 'quarter' ? QUARTER : MONTH).test(text);
    this.badPeriod.set(!ok);
    if (!ok) return;
    if (text === this.asked()) this.result.reload();
    else this.asked.set(text);
  }

  protected money(value: string, currency: string): string {
    return formatMoney(value, currency, this.i18n.locale());
  }

  protected signed(value: string, currency: string): string {
    return formatSignedMoney(value, currency, this.i18n.locale());
  }

  protected isZero(value: string): boolean {
    return isZeroAmount(value);
  }
}
