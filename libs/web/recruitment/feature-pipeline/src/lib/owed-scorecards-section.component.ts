import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { recruitmentTranslations } from '../i18n/recruitment.translations';

/**
 * Recruitment's part of the home page: the scorecards an interviewer still owes, each a
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

  constructor() {
    // Shown on identity's home page, outside recruitment's routes: it brings its own words.
    inject(I18n).register(recruitmentTranslations);
  }

  protected readonly owed = rxResource({ stream: () => this.api.owedScorecards() });
}
