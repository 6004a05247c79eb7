import { NgTemplateOutlet } from '@angular/common';
import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  HIRING_STAGE,
  APPLICATION_STAGES,
  FINAL_STAGES,
  REQUISITION_STATUS_CHANGES,
  type ApplicationDto,
  type ApplicationStage,
  type ApplicationSummaryDto,
  type RequisitionStatus,
} from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
  confirmAction,
} from '@cadre/web/ui';
import { AddCandidateDialogComponent } from './add-candidate-dialog.component';
import { hireWithDialog, type HireDialogData } from './hire-dialog.component';
import { askToMove } from './move-dialog.component';
import { FitScorePipe } from './fit-score.pipe';

/**
 * One requisition's pipeline: a board with a column per stage (drag a card, or use its
 * menu from the keyboard) and the ranking by fit, from which two to four candidates are
 * compared.
 */
@Component({
  selector: 'cadre-pipeline-page',
  imports: [
    ErrorTextPipe,
    FitScorePipe,
    NgTemplateOutlet,
    RouterLink,
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    MatTabsModule,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatCheckboxModule,
    MatTooltipModule,
    TranslatePipe,
    BilingualPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pipeline-page.component.html',
  styleUrl: './pipeline-page.component.scss',
})
export class PipelinePageComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly stages = APPLICATION_STAGES;
  protected readonly isRecruiter = computed(() => this.session.hasPermission('recruitment:manage'));
  protected readonly requisition = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.requisition(params),
  });
  protected readonly ranking = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.ranking(params),
  });
  protected readonly applications = computed(() =>
    this.ranking.hasValue() ? this.ranking.value().items : [],
  );
  /** The board holds the best-fitting applications only; say so when there are more. */
  protected readonly truncated = computed(() => {
    if (!this.ranking.hasValue()) return null;
    const { items, total } = this.ranking.value();
    return total > items.length ? { shown: items.length, total } : null;
  });
  private readonly columns = computed(() =>
    this.stages.map((stage) => ({ stage, items: this.applications().filter((a) => a.stage === stage) })),
  );
  /** A column each for the stages still in play; the final ones share one, so the board fits 1280 px. */
  protected readonly openColumns = computed(() =>
    this.columns().filter((c) => !FINAL_STAGES.includes(c.stage)),
  );
  protected readonly closedColumns = computed(() =>
    this.columns().filter((c) => FINAL_STAGES.includes(c.stage)),
  );
  protected readonly hiringStage = HIRING_STAGE;
  protected readonly statusActions = computed(() =>
    this.requisition.hasValue() ? [...REQUISITION_STATUS_CHANGES[this.requisition.value().status]] : [],
  );
  protected readonly selected = signal<string[]>([]);

  protected isFinal(stage: ApplicationStage): boolean {
    return FINAL_STAGES.includes(stage);
  }

  protected dropped(event: CdkDragDrop<ApplicationStage, ApplicationStage, ApplicationSummaryDto>): void {
    if (event.previousContainer === event.container) return;
    this.moveTo(event.item.data, event.container.data);
  }

  /** Also the keyboard path: the card's menu. */
  protected moveTo(application: ApplicationSummaryDto, stage: ApplicationStage): void {
    if (!this.isRecruiter() || application.stage === stage || this.isFinal(application.stage)) return;
    if (stage === 'hired') {
      void this.hire(application);
      return;
    }
    void this.confirmMove(application, stage);
  }

  private async confirmMove(application: ApplicationSummaryDto, stage: ApplicationStage): Promise<void> {
    const decision = await askToMove(this.dialog, { candidateName: application.candidateName, stage });
    if (!decision) return;
    try {
      await firstValueFrom(this.api.move(application.id, stage, decision.reason));
      this.notifier.success('recruitment.move.done', {
        name: application.candidateName,
        stage: this.i18n.t(`recruitment.stages.${stage}`),
      });
      this.ranking.reload();
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected async hire(application: ApplicationSummaryDto): Promise<void> {
    const requisition = this.requisition.hasValue() ? this.requisition.value() : null;
    const data: HireDialogData = {
      applicationId: application.id,
      candidateName: application.candidateName,
      jobTitle: requisition ? this.i18n.pick(requisition.roleProfileName) : '',
      beforeOffer: application.stage !== HIRING_STAGE,
    };
    if (!(await hireWithDialog(this.injector, data))) return;
    this.ranking.reload();
    this.requisition.reload();
  }

  protected async setStatus(status: RequisitionStatus): Promise<void> {
    // Cancelling is final: asked first, and Cancel or Escape in the question changes nothing.
    if (status === 'cancelled') {
      const title = this.requisition.hasValue() ? this.requisition.value().title : '';
      const confirmed = await confirmAction(this.dialog, {
        title: this.i18n.t('recruitment.cancelConfirm.title', { title }),
        message: this.i18n.t('recruitment.cancelConfirm.message'),
        confirmLabel: this.i18n.t('recruitment.cancelConfirm.confirm'),
        cancelLabel: this.i18n.t('recruitment.cancelConfirm.keep'),
        destructive: true,
      });
      if (!confirmed) return;
    }
    this.api.updateRequisition(this.id(), { status }).subscribe({
      next: () => this.requisition.reload(),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected addCandidate(): void {
    this.dialog
      .open(AddCandidateDialogComponent, { data: this.id() })
      .afterClosed()
      .subscribe((application: ApplicationDto | undefined) => {
        if (!application) return;
        this.notifier.success('recruitment.candidate.added', { name: application.candidate.fullName });
        this.ranking.reload();
        this.requisition.reload();
      });
  }

  protected toggle(id: string, checked: boolean): void {
    this.selected.update((list) => (checked ? [...list, id].slice(-4) : list.filter((x) => x !== id)));
  }

  protected compare(): void {
    void this.router.navigate(['/recruitment/requisitions', this.id(), 'compare'], {
      queryParams: { applications: this.selected().join(',') },
    });
  }
}
