import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { DisputeDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { ErrorTextPipe, Notifier } from '@cadre/web/core';
import { TranslatePipe } from '@cadre/web/i18n';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { DisputeListComponent } from './dispute-list.component';
import { DisputeSettling } from './dispute-settling';
import { PayTabsComponent } from './pay-tabs.component';

/** Disputes the reader raised, or may settle (their team's for a manager, all for finance). */
@Component({
  selector: 'cadre-disputes-page',
  imports: [
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
    PayTabsComponent,
    DisputeListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'pay.dispute.pageTitle' | t" [subtitle]="'pay.dispute.pageSubtitle' | t" />
      <cadre-pay-tabs />
      @if (disputes.isLoading() && !disputes.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (disputes.error()) {
        <cadre-error-state
          [message]="disputes.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="disputes.reload()"
        />
      } @else if (disputes.hasValue() && !disputes.value().length) {
        <cadre-empty-state
          icon="gavel"
          [title]="'pay.dispute.none' | t"
          [hint]="'pay.dispute.noneHint' | t"
        />
      } @else if (disputes.hasValue()) {
        <cadre-dispute-list
          [disputes]="disputes.value()"
          [showPerson]="true"
          [canSettle]="settling.canSettle"
          (settle)="settle($event)"
        />
      }
    </div>
  `,
})
export class DisputesPageComponent {
  private readonly api = inject(CompensationApi);
  private readonly notifier = inject(Notifier);
  protected readonly settling = inject(DisputeSettling);
  protected readonly disputes = rxResource({ stream: () => this.api.disputes() });

  protected async settle(d: DisputeDto): Promise<void> {
    if (!(await this.settling.settle(d))) return;
    this.notifier.success('pay.dispute.settled');
    this.disputes.reload();
  }
}
