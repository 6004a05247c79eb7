import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { StatementStatus } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { SessionStore } from '@cadre/web/core';
import { I18n } from '@cadre/web/i18n';
import { TextPromptDialogComponent, type TextPromptData } from './text-prompt-dialog.component';

export type StatementDecision = 'approve' | 'lock' | 'reject';

/**
 * The decisions on statements, each through one dialog that makes one call: a manager
 * approves drafts, finance approves and locks what managers approved, either sends back
 * with a reason. Answers true when the decision was made, false when cancelled.
 */
@Injectable({ providedIn: 'root' })
export class StatementActions {
  private readonly api = inject(CompensationApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  /** What the reader may do with a statement in this status (the server checks the rest). */
  available(status: StatementStatus, employeeId: string): StatementDecision[] {
    if (employeeId === this.session.user()?.employeeId) return [];
    const finance = this.session.hasPermission('compensation:manage');
    const manager = this.session.hasPermission('compensation:approve-team');
    if (status === 'draft') return manager ? ['approve', 'reject'] : finance ? ['reject'] : [];
    if (status === 'manager_approved') return finance ? ['lock', 'reject'] : [];
    return [];
  }

  async decide(decision: StatementDecision, statementIds: string[]): Promise<boolean> {
    const count = statementIds.length;
    const t = (key: string) => this.i18n.t(key, { count });
    const data: TextPromptData =
      decision === 'reject'
        ? {
            title: t('pay.decide.rejectTitle'),
            message: null,
            label: t('pay.decide.reason'),
            hint: t('pay.decide.reasonHint'),
            submitLabel: t('pay.decide.reject'),
            minLength: 3,
            action: (reason) => this.api.reject({ statementIds, reason }),
            testId: 'reject-dialog',
          }
        : {
            title: t(decision === 'lock' ? 'pay.decide.lockTitle' : 'pay.decide.approveTitle'),
            message: t(decision === 'lock' ? 'pay.decide.lockMessage' : 'pay.decide.approveMessage'),
            label: t('pay.decide.comment'),
            hint: null,
            submitLabel: t(decision === 'lock' ? 'pay.decide.lock' : 'pay.decide.approve'),
            minLength: 0,
            action: (comment) =>
              (decision === 'lock' ? this.api.financeApprove : this.api.managerApprove).call(this.api, {
                statementIds,
                comment: comment || null,
              }),
            testId: 'approve-dialog',
          };
    return Boolean(await firstValueFrom(this.dialog.open(TextPromptDialogComponent, { data }).afterClosed()));
  }
}
