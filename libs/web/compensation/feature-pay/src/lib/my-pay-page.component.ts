import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';
import { Decimal } from '@cadre/compensation/engine';
import type { AssignmentDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { groupDigits } from '@cadre/web/compensation/ui';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { formatMoney } from './pay-format';
import { planSentences } from './plan-summary';
import { PayTabsComponent } from './pay-tabs.component';
import { STATUS_STYLES } from './status-chip';
import { TextPromptDialogComponent, type TextPromptData } from './text-prompt-dialog.component';

/**
 * My pay: the plan I am paid on (to acknowledge before my first statement is approved) and
 * my statements once manager and finance have approved them; each opens with every number
 * explained.
 */
@Component({
  selector: 'cadre-my-pay-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.mine.title' | t" [subtitle]="'pay.mine.subtitle' | t" />
      <cadre-pay-tabs />
      @if (assignments.isLoading() && !assignments.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (assignments.error()) {
        <cadre-error-state
          [message]="assignments.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="assignments.reload()"
        />
      } @else if (assignments.hasValue()) {
        <h2 class="section">{{ 'pay.mine.plans' | t }}</h2>
        @if (!assignments.value().length) {
          <p class="muted" data-testid="no-plan">{{ 'pay.mine.noPlan' | t }}</p>
        }
        <div class="plans">
          @for (a of assignments.value(); track a.id) {
            <mat-card appearance="outlined" [attr.data-testid]="'plan-' + a.planCode">
              <mat-card-header>
                <mat-card-title>{{ a.planCode }}</mat-card-title>
                <mat-card-subtitle>
                  {{ 'pay.mine.since' | t: { date: (a.startsOn | localDate) } }}
                  @if (a.endsOn) {
                    – {{ a.endsOn | localDate }}
                  }
                </mat-card-subtitle>
              </mat-card-header>
              <mat-card-content>
                @if (a.acknowledgedAt) {
                  <p class="muted">
                    <mat-icon inline>task_alt</mat-icon>
                    {{ 'pay.mine.acknowledged' | t: { date: (a.acknowledgedAt | localDate) } }}
                  </p>
                } @else {
                  <p>{{ 'pay.mine.acknowledgeHint' | t }}</p>
                }
                @if (a.planDocument) {
                  <details class="plan-terms" [open]="!a.acknowledgedAt" data-testid="plan-terms">
                    <summary>{{ 'pay.mine.readPlan' | t: { name: a.planName } }}</summary>
                    <ul>
                      @for (sentence of terms(a); track $index) {
                        <li>{{ sentence }}</li>
                      }
                    </ul>
                  </details>
                }
                @let latest = latestQuotas(a);
                @if (latest.length) {
                  <p class="muted" data-testid="latest-quotas">
                    {{ 'pay.mine.quotas' | t: { period: latest[0].period } }}:
                    @for (q of latest; track q.metric; let last = $last) {
                      {{ quotaName(q) }} {{ digits(q.value) }}{{ last ? '' : ' · ' }}
                    }
                  </p>
                }
              </mat-card-content>
              @if (!a.acknowledgedAt) {
                <mat-card-actions>
                  <button mat-flat-button type="button" (click)="acknowledge(a)" data-testid="acknowledge">
                    {{ 'pay.mine.acknowledge' | t }}
                  </button>
                </mat-card-actions>
              }
            </mat-card>
          }
        </div>

        <h2 class="section">{{ 'pay.mine.statements' | t }}</h2>
        @if (statements.isLoading() && !statements.hasValue()) {
          <cadre-loading [label]="'common.loading' | t" />
        } @else if (statements.hasValue() && !statements.value().length) {
          <cadre-empty-state
            icon="receipt_long"
            [title]="'pay.mine.noStatements' | t"
            [hint]="'pay.mine.noStatementsHint' | t"
          />
        } @else if (statements.hasValue()) {
          <p class="muted" data-testid="earnings-to-date">
            {{ 'pay.mine.yearToDate' | t: { amount: yearToDate() } }}
          </p>
          <div class="table-wrap">
            <table class="stack-on-phone" data-testid="my-statements">
              <thead>
                <tr>
                  <th>{{ 'pay.period' | t }}</th>
                  <th class="num">{{ 'pay.earnings' | t }}</th>
                  <th class="num">{{ 'pay.payout' | t }}</th>
                  <th class="num">{{ 'pay.balance' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of statements.value(); track s.id) {
                  <tr>
                    <td>
                      <a [routerLink]="['/pay/statements', s.id]">{{ s.period }}</a>
                      @if (s.version > 1) {
                        <span class="muted"> · v{{ s.version }}</span>
                      }
                    </td>
                    <td class="num" [attr.data-label]="'pay.earnings' | t">
                      {{ money(s.earnings, s.currency) }}
                    </td>
                    <td class="num" [attr.data-label]="'pay.payout' | t">
                      <strong>{{ money(s.payout, s.currency) }}</strong>
                    </td>
                    <td class="num" [attr.data-label]="'pay.balance' | t">
                      {{ money(s.balance, s.currency) }}
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
    </div>
  `,
  styles: [
    STATUS_STYLES,
    `
      .plan-terms ul {
        padding-inline-start: 20px;
        margin: 8px 0;
      }
      .plan-terms li {
        overflow-wrap: anywhere;
      }
      .plans {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fill, minmax(min(320px, 100%), 1fr));
      }
    `,
  ],
})
export class MyPayPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);

  protected readonly assignments = rxResource({ stream: () => this.api.myAssignments() });
  /** Only my own, and only locked ones: the API gives a manager their team's too. */
  protected readonly statements = rxResource({
    stream: () => {
      const me = this.session.user()?.employeeId;
      return this.api
        .statements({ status: 'locked' })
        .pipe(map((all) => all.filter((s) => s.employeeId === me)));
    },
  });

  protected readonly yearToDate = computed(() => {
    const list = this.statements.hasValue() ? this.statements.value() : [];
    const year = list[0]?.period.slice(0, 4);
    const total = list
      .filter((s) => s.period.startsWith(year ?? ''))
      .reduce((sum, s) => sum.plus(s.payout), new Decimal(0));
    return formatMoney(total.toString(), list[0]?.currency ?? 'CNY', this.i18n.locale());
  });

  protected terms(a: AssignmentDto): string[] {
    return planSentences(
      a.planDocument,
      (key, params) => this.i18n.t(key, params),
      (code) => {
        const m = a.metrics.find((x) => x.code === code);
        return m ? this.i18n.pick({ en: m.nameEn, zh: m.nameZh }) : code;
      },
    );
  }

  /** The quotas of the latest period the assignment has any for. */
  protected latestQuotas(a: AssignmentDto): AssignmentDto['quotas'] {
    const last = a.quotas.reduce((max, q) => (q.period > max ? q.period : max), '');
    return a.quotas.filter((q) => q.period === last);
  }

  protected quotaName(q: AssignmentDto['quotas'][number]): string {
    return (this.i18n.locale() === 'zh-CN' ? q.nameZh : q.nameEn) ?? q.metric;
  }

  protected digits(value: string): string {
    return groupDigits(value);
  }

  protected money(value: string, currency: string): string {
    return formatMoney(value, currency, this.i18n.locale());
  }

  protected async acknowledge(a: AssignmentDto): Promise<void> {
    const data: TextPromptData = {
      title: this.i18n.t('pay.mine.acknowledgeTitle', { plan: a.planCode }),
      message: this.i18n.t('pay.mine.acknowledgeMessage'),
      label: this.i18n.t('pay.mine.typeName'),
      hint: this.i18n.t('pay.mine.typeNameHint'),
      submitLabel: this.i18n.t('pay.mine.acknowledge'),
      minLength: 1,
      singleLine: true,
      action: (name) => this.api.acknowledge(a.id, name),
      testId: 'acknowledge-dialog',
    };
    const done = await firstValueFrom(this.dialog.open(TextPromptDialogComponent, { data }).afterClosed());
    if (!done) return;
    this.notifier.success('pay.mine.acknowledgedToast');
    this.assignments.reload();
  }
}
