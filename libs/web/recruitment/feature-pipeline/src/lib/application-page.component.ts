import { ChangeDetectionStrategy, Component, Injector, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  HIRING_STAGE,
  APPLICATION_STAGES,
  FINAL_STAGES,
  type ApplicationDto,
  type ApplicationStage,
} from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, saveFile, SessionStore } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { ActiveUserChoices } from '@cadre/web/identity/widgets';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { firstValueFrom } from 'rxjs';
import { hireWithDialog, type HireDialogData } from './hire-dialog.component';
import { askToMove } from './move-dialog.component';
import { ScorecardFormComponent } from './scorecard-form.component';
import { FitScorePipe } from './fit-score.pipe';

/**
 * One candidate in one requisition: who they are, where they stand, who interviews them,
 * what the interviewers found, how well they fit and why; hiring from here.
 */
@Component({
  selector: 'cadre-application-page',
  imports: [
    ErrorTextPipe,
    FitScorePipe,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    ScorecardFormComponent,
  ],
  providers: [ActiveUserChoices],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-page.component.html',
  styleUrl: './application-page.component.scss',
})
export class ApplicationPageComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly users = inject(ActiveUserChoices);
  private readonly injector = inject(Injector);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly stages = APPLICATION_STAGES.filter((s) => s !== 'hired');
  protected readonly isRecruiter = computed(() => this.session.hasPermission('recruitment:manage'));
  protected readonly application = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.application(params),
  });
  protected readonly hiringStage = HIRING_STAGE;
  protected readonly isInterviewer = computed(
    () =>
      this.application.hasValue() &&
      this.application.value().interviewers.some((i) => i.userId === this.session.user()?.id),
  );
  protected readonly isOpen = computed(
    () => this.application.hasValue() && !FINAL_STAGES.includes(this.application.value().stage),
  );
  /** People who may interview (as the server checks it), for those who assign them and may list users. */
  private readonly interviewers = this.users.withPermission('recruitment:participate');

  constructor() {
    this.users.loadWhen(() => this.isRecruiter() && this.session.hasPermission('users:read'));
  }

  protected readonly candidatesForInterview = computed(() => {
    const taken = new Set(
      this.application.hasValue() ? this.application.value().interviewers.map((i) => i.userId) : [],
    );
    return this.interviewers().filter((u) => !taken.has(u.id));
  });

  /** The must-haves below target, by their names in the reader's language. */
  protected knockedOutNames(application: ApplicationDto): string {
    const names = application.fit.knockedOutBy.map((code) => {
      const competency = application.fit.competencies.find((c) => c.code === code);
      return competency ? this.i18n.pick(competency.name) : code;
    });
    return names.join(this.i18n.t('common.listSeparator'));
  }

  protected nameOf(application: ApplicationDto, competencyId: string) {
    return application.fit.competencies.find((c) => c.competencyId === competencyId)?.name ?? null;
  }

  protected refreshWith(application: ApplicationDto): void {
    this.application.set(application);
    this.notifier.success('recruitment.scorecard.saved');
  }

  protected async move(stage: ApplicationStage): Promise<void> {
    const current = this.application.value() as ApplicationDto;
    const decision = await askToMove(this.dialog, { candidateName: current.candidate.fullName, stage });
    if (!decision) return;
    try {
      this.application.set(await firstValueFrom(this.api.move(current.id, stage, decision.reason)));
    } catch (error) {
      this.notifier.error(error);
    }
  }

  protected addInterviewer(userId: string): void {
    this.api.addInterviewer(this.id(), userId).subscribe({
      next: (updated) => this.application.set(updated),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected removeInterviewer(userId: string): void {
    this.api.removeInterviewer(this.id(), userId).subscribe({
      next: (updated) => this.application.set(updated),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected downloadCv(): void {
    const current = this.application.value() as ApplicationDto;
    this.api.cv(current.candidate.id).subscribe({
      next: (blob) => saveFile(blob, current.candidate.cv?.fileName ?? 'cv'),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected async hire(): Promise<void> {
    const current = this.application.value() as ApplicationDto;
    const data: HireDialogData = {
      beforeOffer: current.stage !== HIRING_STAGE,
      applicationId: current.id,
      candidateName: current.candidate.fullName,
      jobTitle: this.i18n.pick(current.requisition.roleProfileName),
    };
    if (await hireWithDialog(this.injector, data)) this.application.reload();
  }
}
