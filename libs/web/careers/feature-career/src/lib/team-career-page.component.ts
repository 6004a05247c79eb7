import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { of } from 'rxjs';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import type { PromotionAction, PromotionDto, TalentRowDto } from '@cadre/shared/contracts';
import { CareersApi } from '@cadre/web/careers/data-access';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { OrgUnitSelectComponent } from '@cadre/web/identity/widgets';
import { TranslatePipe } from '@cadre/web/i18n';
import { ErrorStateComponent, LoadingBlockComponent, PageHeaderComponent } from '@cadre/web/ui';
import { CareerTabsComponent } from './career-tabs.component';
import { openDecision } from './decision-dialog.component';
import { NineBoxComponent } from './nine-box.component';
import { openNomination } from './nominate-dialog.component';
import { PromotionListComponent } from './promotion-list.component';
import { TalentTableComponent } from './talent-table.component';

/**
 * A manager's talent view: readiness per person for their next level, the nine-box, the
 * nominations they made and those awaiting their approval as the next-level manager.
 */
@Component({
  selector: 'cadre-team-career-page',
  imports: [
    OrgUnitSelectComponent,
    TranslatePipe,
    ErrorTextPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    CareerTabsComponent,
    TalentTableComponent,
    NineBoxComponent,
    PromotionListComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'career.team.title' | t" [subtitle]="'career.team.subtitle' | t" />
      <cadre-career-tabs />
      @if (toDecide().length) {
        <section class="card" data-testid="awaiting-me">
          <h2>{{ 'career.team.awaitingMe' | t }}</h2>
          <cadre-promotion-list [promotions]="toDecide()" (act)="decide($event.promotion, $event.action)" />
        </section>
      }
      @if (wholeOrganisation) {
        <cadre-org-unit-select [label]="'career.col.unit' | t" [(value)]="unitId" testId="team-unit" />
      }
      @if (wholeOrganisation && !unitId()) {
        <p class="muted">{{ 'career.admin.chooseUnit' | t }}</p>
      } @else if (team.isLoading() && !team.hasValue()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (team.error()) {
        <cadre-error-state
          [message]="team.error() | errorText"
          [retryLabel]="'common.retry' | t"
          (retry)="team.reload()"
        />
      } @else if (team.hasValue()) {
        <section class="card">
          <h2>{{ 'career.team.readiness' | t }}</h2>
          <cadre-talent-table
            [rows]="team.value()"
            [tracks]="tracks.value() ?? []"
            [canNominate]="true"
            (nominate)="nominate($event)"
          />
        </section>
        <section class="card">
          <h2>{{ 'career.nineBox.title' | t }}</h2>
          <p class="muted">{{ 'career.nineBox.hint' | t }}</p>
          <cadre-nine-box [rows]="team.value()" />
        </section>
      }
      <section class="card" data-testid="team-promotions">
        <h2>{{ 'career.team.promotions' | t }}</h2>
        <cadre-promotion-list [promotions]="others()" (act)="decide($event.promotion, $event.action)" />
      </section>
    </div>
  `,
  styles: `
    .page {
      display: grid;
      gap: 16px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      padding: 16px;
      background: var(--mat-sys-surface-container-lowest);
      min-width: 0;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class TeamCareerPageComponent {
  private readonly api = inject(CareersApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  /** Admins see everyone: they pick a unit, as HR does on its own page. */
  protected readonly wholeOrganisation = inject(SessionStore).hasPermission('careers:manage');
  protected readonly unitId = signal<string | null>(null);
  protected readonly team = rxResource({
    params: () => ({ unitId: this.unitId() }),
    stream: ({ params }) =>
      this.wholeOrganisation && !params.unitId ? of([]) : this.api.team(params.unitId),
  });
  protected readonly tracks = rxResource({ stream: () => this.api.tracks() });
  protected readonly promotions = rxResource({ stream: () => this.api.promotions() });
  protected readonly toDecide = computed(() =>
    (this.promotions.value() ?? []).filter((p) => p.actions.length),
  );
  protected readonly others = computed(() =>
    (this.promotions.value() ?? []).filter((p) => !p.actions.length),
  );

  protected async nominate(row: TalentRowDto): Promise<void> {
    const made = await openNomination(this.dialog, { employeeId: row.employeeId, fullName: row.fullName });
    if (!made) return;
    this.notifier.success('career.nominate.done', { name: row.fullName });
    this.team.reload();
    this.promotions.reload();
  }

  protected async decide(promotion: PromotionDto, action: PromotionAction): Promise<void> {
    const decided = await openDecision(this.dialog, promotion, action);
    if (!decided) return;
    this.notifier.success(`career.decide.${action}.done`, { name: promotion.fullName });
    this.team.reload();
    this.promotions.reload();
  }
}
