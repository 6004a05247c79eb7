import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import { TranslatePipe } from '@cadre/web/i18n';

/**
 * Recruitment's part of the home page (a widget, so the home page loads this alone, not the
 * pipeline feature; its one title is among the app's shared words): the scorecards an interviewer still owes, each a
 * link to the application. Nothing at all when none is owed.
 */
@Component({
  selector: 'cadre-owed-scorecards-section',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (owed.hasValue() && owed.value().length) {
      <section aria-labelledby="owed-title" data-testid="home-owed-scorecards">
        <h2 class="section-title" id="owed-title">{{ 'recruitment.owed.title' | t }}</h2>
        <div class="owed">
          @for (o of owed.value(); track o.applicationId) {
            <a mat-stroked-button [routerLink]="['/recruitment/applications', o.applicationId]">
              <mat-icon>rate_review</mat-icon>{{ o.candidateName }} · {{ o.requisitionTitle }}
            </a>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .owed {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class OwedScorecardsSectionComponent {
  private readonly api = inject(RecruitmentApi);

  protected readonly owed = rxResource({ stream: () => this.api.owedScorecards() });
}
