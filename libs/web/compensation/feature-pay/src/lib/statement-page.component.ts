import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Statement } from '@cadre/compensation/engine';
import type { DisputeDto, StatementDto } from '@cadre/shared/contracts';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { StatementViewComponent } from '@cadre/web/compensation/ui';
import { ErrorTextPipe, Notifier, saveFile, SessionStore } from '@cadre/web/core';
import { I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { DisputeDialogComponent, type DisputeDialogData } from './dispute-dialog.component';
import { DisputeListComponent } from './dispute-list.component';
import { DisputeSettling } from './dispute-settling';
import { LineCreditsComponent } from './line-credits.component';
import { attainmentPercent, formatMoney } from './pay-format';
import { StatementActions, type StatementDecision } from './statement-actions';
import { STATUS_STYLES } from './status-chip';

/** One statement: pay next to attainment, every number explained, and who approved it when. */
@Component({
  selector: 'cadre-statement-page',
  imports: [
    LineCreditsComponent,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    StatementViewComponent,
    DisputeListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      @if (data.isLoading() && !data.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (data.error()) {
        <cadre-error-state
          [message]="data.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="data.reload()"
        />
      } @else if (data.hasValue()) {
        @let s = data.value();
        <cadre-page-header
          [title]="'pay.statement.title' | t: { name: s.fullName, period: s.period }"
          [subtitle]="'pay.statement.subtitle' | t: { plan: s.planCode, version: s.planVersion }"
        >
          <button mat-stroked-button type="button" (click)="pdf()" data-testid="statement-pdf">
            <mat-icon>picture_as_pdf</mat-icon>{{ 'pay.statement.pdf' | t }}
          </button>
          <a mat-stroked-button [routerLink]="back()"><mat-icon>arrow_back</mat-icon>{{ 'pay.back' | t }}</a>
        </cadre-page-header>
        <p>
          <span class="status" [class]="'status ' + s.status" data-testid="statement-status">{{
            'pay.status.' + s.status | t
          }}</span>
          @if (s.version > 1) {
            <span class="muted"> · {{ 'pay.statement.version' | t: { version: s.version } }}</span>
          }
          @if (s.rejection) {
            <span class="rejection"> · {{ 'pay.statement.sentBack' | t: { reason: s.rejection } }}</span>
          }
        </p>
        @if (actions().length) {
          <div class="actions">
            @for (a of actions(); track a) {
              @if (a === 'reject') {
                <button
                  mat-stroked-button
                  type="button"
                  (click)="decide(a)"
                  [attr.data-testid]="'statement-' + a"
                >
                  {{ 'pay.decide.' + a | t }}
                </button>
              } @else {
                <button
                  mat-flat-button
                  type="button"
                  (click)="decide(a)"
                  [attr.data-testid]="'statement-' + a"
                >
                  {{ 'pay.decide.' + a | t }}
                </button>
              }
            }
          </div>
        }
        <div class="cards">
          <div class="card">
            <span class="label">{{ 'pay.payout' | t }}</span>
            <strong class="big" data-testid="statement-payout-card">{{ money(s.payout) }}</strong>
          </div>
          <div class="card">
            <span class="label">{{ 'pay.statement.toDate' | t: { year: s.period.slice(0, 4) } }}</span>
            <strong class="big" data-testid="earnings-to-date">{{ money(s.earningsToDate) }}</strong>
          </div>
          @for (a of s.attainment; track a.metric) {
            <div class="card">
              <span class="label">{{
                'pay.statement.attainment' | t: { metric: metricName(a.metric) }
              }}</span>
              <strong class="big">{{ percent(a.total, a.quota) }}</strong>
              <span class="muted">{{ money(a.total) }} / {{ money(a.quota) }}</span>
            </div>
          }
        </div>
        @if (s.adjustments.length) {
          <h2 class="section">{{ 'pay.statement.adjustments' | t }}</h2>
          <ul class="adjustments" data-testid="statement-adjustments">
            @for (a of s.adjustments; track a.id) {
              <li>
                <span
                  >{{ 'pay.statement.adjustmentFrom' | t: { period: a.sourcePeriod } }}: {{ a.reason }}</span
                >
                <strong>{{ money(a.amount) }}</strong>
              </li>
            }
          </ul>
          <p class="muted">{{ 'pay.statement.adjustedPayout' | t: { amount: money(s.payout) } }}</p>
        }
        @if (s.recalculations.length) {
          <h2 class="section">{{ 'pay.statement.recalculations' | t }}</h2>
          <ul class="adjustments" data-testid="statement-recalculations">
            @for (r of s.recalculations; track r.version) {
              <li>
                <span>{{
                  'pay.statement.recalculated' | t: { version: r.version, date: (r.createdAt | localDate) }
                }}</span>
                <span
                  >{{ money(r.payout) }} ·
                  <strong>{{ 'pay.statement.difference' | t: { amount: money(r.difference) } }}</strong></span
                >
              </li>
            }
          </ul>
        }
        <cadre-statement-view [statement]="shown()" [metricNames]="metricNames()" />
        <cadre-line-credits [statementId]="s.id" [lines]="creditLines()" />
        @if (mine() && s.status === 'locked') {
          <p>
            <button mat-stroked-button type="button" (click)="dispute()" data-testid="dispute-open">
              <mat-icon>gavel</mat-icon>{{ 'pay.dispute.open' | t }}
            </button>
          </p>
        }
        @if (s.disputes.length) {
          <h2 class="section">{{ 'pay.dispute.pageTitle' | t }}</h2>
          <cadre-dispute-list
            [disputes]="s.disputes"
            [canSettle]="settling.canSettle"
            (settle)="settle($event)"
          />
        }
        @if (s.history.length) {
          <h2 class="section">{{ 'pay.statement.history' | t }}</h2>
          <ol class="history" data-testid="statement-history">
            @for (h of s.history; track h.at) {
              <li>
                {{ 'pay.history.' + h.action | t: { name: h.by } }} · {{ h.at | localDate: 'datetime' }}
                @if (h.comment) {
                  <span class="muted">— {{ h.comment }}</span>
                }
              </li>
            }
          </ol>
        }
      }
    </div>
  `,
  styles: [
    STATUS_STYLES,
    `
      .cards {
        display: grid;
        gap: 12px;
        grid-template-columns: repeat(auto-fill, minmax(min(200px, 100%), 1fr));
        margin-bottom: 16px;
      }
      .card {
        display: grid;
        gap: 4px;
        padding: 12px 16px;
        border-radius: 12px;
        background: var(--mat-sys-surface-container);
      }
      .label {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      .big {
        font: var(--mat-sys-headline-small);
      }
      .actions {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
        margin-bottom: 16px;
      }
      .rejection {
        color: var(--mat-sys-error);
      }
      .history {
        padding-inline-start: 20px;
      }
      .adjustments {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      .adjustments li {
        display: flex;
        justify-content: space-between;
        gap: 16px;
        overflow-wrap: anywhere;
      }
    `,
  ],
})
export class StatementPageComponent {
  readonly id = input.required<string>();
  private readonly api = inject(CompensationApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  private readonly notifier = inject(Notifier);
  private readonly statementActions = inject(StatementActions);

  protected readonly data = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.statement(params),
  });
  /** The lines whose sales can be listed, named as on the statement. */
  protected readonly creditLines = computed(() =>
    this.shown().lines.map((l) => ({ component: l.component, label: l.name ?? l.component })),
  );
  /** The statement's metrics by code, named in the reader's language. */
  protected readonly metricNames = computed<Record<string, string>>(() => {
    if (!this.data.hasValue()) return {};
    const zh = this.i18n.locale() === 'zh-CN';
    return Object.fromEntries(this.data.value().metrics.map((m) => [m.code, zh ? m.nameZh : m.nameEn]));
  });
  protected metricName(code: string): string {
    return this.metricNames()[code] ?? code;
  }

  /** The engine's statement, headed by the person's name rather than their id. */
  protected readonly shown = computed<Statement>(() => {
    const s = this.data.value() as StatementDto;
    return { ...(s.calculation as unknown as Statement), payee: s.fullName };
  });
  protected readonly actions = computed<StatementDecision[]>(() =>
    this.data.hasValue()
      ? this.statementActions.available(this.data.value().status, this.data.value().employeeId)
      : [],
  );
  protected readonly settling = inject(DisputeSettling);
  private readonly dialog = inject(MatDialog);
  protected readonly mine = computed(
    () => this.data.hasValue() && this.data.value().employeeId === this.session.user()?.employeeId,
  );
  protected readonly back = computed(() =>
    this.data.hasValue() && this.data.value().employeeId !== this.session.user()?.employeeId
      ? this.session.hasPermission('compensation:approve-team')
        ? '/pay/team'
        : '/pay/approvals'
      : '/pay',
  );

  protected money(value: string): string {
    return formatMoney(value, this.data.hasValue() ? this.data.value().currency : 'CNY', this.i18n.locale());
  }

  protected percent(total: string, quota: string): string {
    return attainmentPercent(total, quota);
  }

  protected async pdf(): Promise<void> {
    const s = this.data.value() as StatementDto;
    try {
      const blob = await firstValueFrom(this.api.statementPdf(s.id, this.i18n.locale()));
      saveFile(blob, `statement-${s.period}.pdf`);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected async dispute(): Promise<void> {
    const s = this.data.value() as StatementDto;
    const data: DisputeDialogData = {
      statementId: s.id,
      lines: this.shown().lines.map((l) => ({
        component: l.component,
        label: `${l.name ?? l.component} · ${this.money(l.amount)}`,
      })),
    };
    if (!(await firstValueFrom(this.dialog.open(DisputeDialogComponent, { data }).afterClosed()))) return;
    this.notifier.success('pay.dispute.raised');
    this.data.reload();
  }

  protected async settle(d: DisputeDto): Promise<void> {
    if (!(await this.settling.settle(d))) return;
    this.notifier.success('pay.dispute.settled');
    this.data.reload();
  }

  protected async decide(decision: StatementDecision): Promise<void> {
    if (!(await this.statementActions.decide(decision, [this.id()]))) return;
    this.notifier.success(`pay.decide.done.${decision}`, { count: 1 });
    this.data.reload();
  }
}
