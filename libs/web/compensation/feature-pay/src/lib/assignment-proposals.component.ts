import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import type { AssignmentProposalDto } from '@cadre/shared/contracts';
import { CompensationApi } from '@cadre/web/compensation/data-access';
import { Notifier, submission } from '@cadre/web/core';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';

/**
 * Plan assignments a promotion proposes: finance confirms one (the person's plan changes
 * from the date, the one they held ends the day before) or leaves their plan as it is.
 */
@Component({
  selector: 'cadre-assignment-proposals',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    BilingualPipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (proposals.value()?.length) {
      <section class="proposals" data-testid="assignment-proposals">
        <h2>{{ 'pay.proposals.title' | t }}</h2>
        <p class="muted">{{ 'pay.proposals.hint' | t }}</p>
        @for (p of proposals.value(); track p.id) {
          <article class="proposal" [attr.data-testid]="'proposal-' + p.fullName">
            <p>
              <strong>{{ p.fullName }}</strong> ·
              {{
                'pay.proposals.reason'
                  | t
                    : {
                        profile: p.roleProfileName ? (p.roleProfileName | bilingual) : '–',
                        date: (p.startsOn | localDate),
                      }
              }}
            </p>
            <p class="muted">
              {{ 'pay.proposals.current' | t: { plan: p.currentPlan?.name ?? ('pay.proposals.noPlan' | t) } }}
            </p>
            <div class="decide">
              <mat-form-field>
                <mat-label>{{ 'pay.proposals.plan' | t }}</mat-label>
                <mat-select
                  [value]="choice()[p.id] ?? p.suggestedPlan?.id ?? null"
                  (selectionChange)="choose(p.id, $event.value)"
                  [attr.data-testid]="'proposal-plan-' + p.fullName"
                >
                  @for (plan of plans.value() ?? []; track plan.id) {
                    <mat-option [value]="plan.id">{{ plan.name }} ({{ plan.code }})</mat-option>
                  }
                </mat-select>
                @if (p.suggestedPlan) {
                  <mat-hint>{{ 'pay.proposals.suggested' | t: { plan: p.suggestedPlan.name } }}</mat-hint>
                }
              </mat-form-field>
              <button
                mat-flat-button
                type="button"
                [disabled]="saving.busy() || !(choice()[p.id] ?? p.suggestedPlan?.id)"
                (click)="confirm(p)"
                [attr.data-testid]="'proposal-confirm-' + p.fullName"
              >
                {{ 'pay.proposals.confirm' | t }}
              </button>
              <button mat-button type="button" [disabled]="saving.busy()" (click)="dismiss(p)">
                {{ 'pay.proposals.dismiss' | t }}
              </button>
            </div>
          </article>
        }
        @if (saving.error(); as e) {
          <p class="error" role="alert">{{ e }}</p>
        }
      </section>
    }
  `,
  styles: `
    .proposals {
      border: 1px solid var(--mat-sys-tertiary);
      border-radius: 16px;
      padding: 12px 16px;
      margin-bottom: 16px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .proposal {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding-top: 8px;
      margin-top: 8px;
    }
    .proposal p {
      margin: 4px 0;
    }
    .decide {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .decide mat-form-field {
      min-width: min(280px, 100%);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AssignmentProposalsComponent {
  /** A proposal was confirmed: the assignments changed. */
  readonly changed = output<void>();
  private readonly api = inject(CompensationApi);
  private readonly notifier = inject(Notifier);
  protected readonly proposals = rxResource({ stream: () => this.api.proposals('open') });
  protected readonly plans = rxResource({ stream: () => this.api.plans() });
  protected readonly choice = signal<Partial<Record<string, string>>>({});
  protected readonly saving = submission();

  protected choose(proposalId: string, planId: string): void {
    this.choice.update((c) => ({ ...c, [proposalId]: planId }));
  }

  protected async confirm(p: AssignmentProposalDto): Promise<void> {
    const planId = this.choice()[p.id] ?? p.suggestedPlan?.id;
    if (!planId) return;
    if (await this.saving.run(() => firstValueFrom(this.api.confirmProposal(p.id, planId)))) {
      this.notifier.success('pay.proposals.confirmed', { name: p.fullName });
      this.proposals.reload();
      this.changed.emit();
    }
  }

  protected async dismiss(p: AssignmentProposalDto): Promise<void> {
    if (await this.saving.run(() => firstValueFrom(this.api.dismissProposal(p.id)))) {
      this.notifier.success('pay.proposals.dismissed', { name: p.fullName });
      this.proposals.reload();
    }
  }
}
