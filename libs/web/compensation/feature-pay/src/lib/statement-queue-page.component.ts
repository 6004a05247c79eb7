import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { StatementStatus, StatementSummaryDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ErrorTextPipe, Notifier, saveFile } from '@cadre/web/core';
import { firstValueFrom } from 'rxjs';
import { I18n, provideTranslatedPaginator, TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { formatMoney, formatSignedMoney, payoutChange } from './pay-format';
import { PayTabsComponent } from './pay-tabs.component';
import { StatementActions, type StatementDecision } from './statement-actions';
import { STATUS_STYLES } from './status-chip';

/**
 * Statements waiting for a decision, a period at a time. A manager (`team`) approves the
 * team's drafts; finance (`finance`) approves and locks what managers approved. Each row
 * shows the change from the person's previous payout, marked when it stands out.
 */
@Component({
  selector: 'cadre-statement-queue-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslatedPaginator()],
  template: `
    <div class="page">
      <cadre-page-header
        [title]="'pay.queue.' + mode() + '.title' | t"
        [subtitle]="'pay.queue.' + mode() + '.subtitle' | t"
      />
      <cadre-pay-tabs />
      @if (queue.isLoading() && !queue.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (queue.error()) {
        <cadre-error-state
          [message]="queue.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="queue.reload()"
        />
      } @else if (!periods().length) {
        <cadre-empty-state
          icon="receipt_long"
          [title]="'pay.queue.empty' | t"
          [hint]="'pay.queue.' + mode() + '.emptyHint' | t"
        />
      } @else {
        <div class="toolbar">
          <mat-form-field class="period">
            <mat-label>{{ 'pay.period' | t }}</mat-label>
            <mat-select
              [value]="period()"
              (selectionChange)="choose($event.value)"
              data-testid="queue-period"
            >
              @for (p of periods(); track p.period) {
                <mat-option [value]="p.period">{{ p.period }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <p class="muted summary" data-testid="queue-summary">
            {{
              'pay.queue.summary'
                | t: { count: current()?.total ?? 0, total: total(), waiting: awaitingCount() }
            }}
          </p>
          @if (mode() === 'finance' && allLocked()) {
            <button mat-stroked-button type="button" (click)="payroll()" data-testid="payroll-csv">
              <mat-icon>download</mat-icon>{{ 'pay.queue.payroll' | t }}
            </button>
          }
        </div>
        <div class="bulk">
          <button mat-stroked-button type="button" (click)="selectWaiting()" [disabled]="!waiting().length">
            {{ 'pay.queue.selectWaiting' | t }}
          </button>
          <button
            mat-flat-button
            type="button"
            [disabled]="!selected().size"
            (click)="decide(mode() === 'finance' ? 'lock' : 'approve')"
            data-testid="queue-approve"
          >
            {{ 'pay.decide.' + (mode() === 'finance' ? 'lock' : 'approve') | t }} ({{ selected().size }})
          </button>
          <button
            mat-stroked-button
            type="button"
            [disabled]="!selected().size"
            (click)="decide('reject')"
            data-testid="queue-reject"
          >
            {{ 'pay.decide.reject' | t }} ({{ selected().size }})
          </button>
        </div>
        <div class="table-wrap">
          <table class="stack-on-phone" data-testid="statement-queue">
            <thead>
              <tr>
                <th>
                  <span class="sr-only">{{ 'pay.queue.select' | t }}</span>
                </th>
                <th>{{ 'pay.person' | t }}</th>
                <th class="num">{{ 'pay.payout' | t }}</th>
                <th class="num">{{ 'pay.queue.change' | t }}</th>
                <th>{{ 'pay.status.label' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (s of rows(); track s.id) {
                @let change = changeOf(s);
                <tr [attr.data-testid]="'queue-row-' + s.employeeId">
                  <td>
                    <mat-checkbox
                      [checked]="selected().has(s.id)"
                      [disabled]="!isWaiting(s)"
                      (change)="toggle(s.id)"
                      [aria-label]="'pay.queue.selectOne' | t: { name: s.fullName }"
                    />
                  </td>
                  <td>
                    <a [routerLink]="['/pay/statements', s.id]">{{ s.fullName }}</a>
                    @if (s.rejection) {
                      <div class="rejection">{{ 'pay.statement.sentBack' | t: { reason: s.rejection } }}</div>
                    }
                  </td>
                  <td class="num" [attr.data-label]="'pay.payout' | t">{{ money(s.payout, s.currency) }}</td>
                  <td
                    class="num"
                    [class.notable]="change.notable"
                    [attr.data-notable]="change.notable"
                    [attr.data-label]="'pay.queue.change' | t"
                  >
                    @if (change.delta === null) {
                      {{ 'pay.queue.first' | t }}
                    } @else {
                      {{ signed(change.delta, s.currency) }}
                    }
                  </td>
                  <td [attr.data-label]="'pay.status.label' | t">
                    <span [class]="'status ' + s.status">{{ 'pay.status.' + s.status | t }}</span>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if ((current()?.total ?? 0) > pageSize) {
          <mat-paginator
            [length]="current()?.total ?? 0"
            [pageSize]="pageSize"
            [pageIndex]="pageIndex()"
            [hidePageSize]="true"
            (page)="turn($event.pageIndex)"
            data-testid="queue-pages"
          />
        }
      }
    </div>
  `,
  styles: [
    STATUS_STYLES,
    `
      .toolbar {
        display: flex;
        gap: 16px;
        align-items: center;
        flex-wrap: wrap;
      }
      .period {
        width: 180px;
      }
      .bulk {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-bottom: 12px;
      }
      .notable {
        font-weight: 600;
        color: var(--mat-sys-tertiary);
      }
      .rejection {
        color: var(--mat-sys-error);
        font: var(--mat-sys-body-small);
      }
      .sr-only {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    `,
  ],
})
export class StatementQueuePageComponent {
  /** From the route's data. */
  readonly mode = input<'team' | 'finance'>('team');
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  private readonly notifier = inject(Notifier);
  private readonly actions = inject(StatementActions);

  /** Which status waits for this reader. */
  private readonly awaits = computed<StatementStatus>(() =>
    this.mode() === 'finance' ? 'manager_approved' : 'draft',
  );
  /** Statements are read a page at a time: a period may hold thousands. */
  protected readonly pageSize = 200;
  private readonly chosen = signal<string | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly queue = rxResource({
    params: () => ({ mode: this.mode(), period: this.chosen(), page: this.pageIndex() }),
    stream: ({ params }) =>
      this.api.statementQueue({
        mode: params.mode,
        period: params.period ?? undefined,
        offset: params.page * this.pageSize,
        limit: this.pageSize,
      }),
  });
  protected readonly periods = computed(() => (this.queue.hasValue() ? this.queue.value().periods : []));
  /** The period shown: the one chosen, or the server's pick (the latest with something waiting). */
  protected readonly period = computed(() =>
    this.queue.hasValue() ? (this.queue.value().period ?? '') : '',
  );
  protected readonly current = computed(() => this.periods().find((p) => p.period === this.period()));
  protected readonly rows = computed(() => (this.queue.hasValue() ? this.queue.value().rows : []));
  protected readonly waiting = computed(() => this.rows().filter((s) => this.isWaiting(s)));
  protected readonly awaitingCount = computed(() => {
    const c = this.current();
    return c ? (this.mode() === 'finance' ? c.managerApproved : c.draft) : 0;
  });
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly total = computed(() => {
    const c = this.current();
    return c?.payout ? formatMoney(c.payout, c.currency, this.i18n.locale()) : '—';
  });

  /** Payroll takes a period once every statement of it is locked. */
  protected readonly allLocked = computed(() => {
    const c = this.current();
    return !!c && c.total > 0 && c.locked === c.total;
  });

  protected async payroll(): Promise<void> {
    try {
      saveFile(await firstValueFrom(this.api.payroll(this.period())), `payroll-${this.period()}.csv`);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected isWaiting(s: StatementSummaryDto): boolean {
    return s.status === this.awaits();
  }

  protected choose(period: string): void {
    this.chosen.set(period);
    this.pageIndex.set(0);
    this.selected.set(new Set());
  }

  protected turn(page: number): void {
    this.pageIndex.set(page);
    this.selected.set(new Set());
  }

  protected toggle(id: string): void {
    const next = new Set(this.selected());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected.set(next);
  }

  protected selectWaiting(): void {
    this.selected.set(new Set(this.waiting().map((s) => s.id)));
  }

  protected changeOf(s: StatementSummaryDto) {
    return payoutChange(s.payout, s.previousPayout);
  }

  protected money(value: string, currency: string): string {
    return formatMoney(value, currency, this.i18n.locale());
  }

  protected signed(delta: string, currency: string): string {
    return formatSignedMoney(delta, currency, this.i18n.locale());
  }

  protected async decide(decision: StatementDecision): Promise<void> {
    const ids = [...this.selected()];
    if (!ids.length || !(await this.actions.decide(decision, ids))) return;
    this.notifier.success(`pay.decide.done.${decision}`, { count: ids.length });
    this.selected.set(new Set());
    this.queue.reload();
  }
}
