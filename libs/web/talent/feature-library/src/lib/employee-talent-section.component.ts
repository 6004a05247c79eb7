import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { talentTranslations } from '../i18n/talent.translations';
import { TalentApi } from '@cadre/web/talent/data-access';
import { EmptyStateComponent } from '@cadre/web/ui';

/**
 * The employee page's talent section: the role profile they hold (and which version) with
 * its requirements, and the competencies they should grow, each with where it came from.
 */
@Component({
  selector: 'cadre-employee-talent-section',
  imports: [MatCardModule, TranslatePipe, BilingualPipe, LocalDatePipe, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="person-talent">
      <mat-card-header>
        <mat-card-title>{{ 'person.talent' | t }}</mat-card-title>
        @if (profile.hasValue() && profile.value(); as p) {
          <mat-card-subtitle data-testid="person-role-profile">
            {{ p.current.name | bilingual }} ·
            {{ 'talent.profile.version' | t: { version: p.currentVersion } }}
          </mat-card-subtitle>
        }
      </mat-card-header>
      <mat-card-content>
        <h3 class="sub-title">{{ 'person.needs' | t }}</h3>
        @if (needs.hasValue()) {
          @if (needs.value().length === 0) {
            <cadre-empty-state
              icon="check_circle"
              [title]="'person.noNeeds' | t"
              [hint]="'person.noNeedsHint' | t"
            />
          } @else {
            <div class="table-wrap">
              <table class="needs" data-testid="person-needs">
                <thead>
                  <tr>
                    <th>{{ 'talent.profile.competency' | t }}</th>
                    <th class="num">{{ 'person.current' | t }}</th>
                    <th class="num">{{ 'talent.profile.target' | t }}</th>
                    <th class="num">{{ 'recruitment.fit.gap' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (n of needs.value(); track n.id) {
                    <tr>
                      <td>{{ n.competencyName | bilingual }}</td>
                      <td class="num">{{ n.currentLevel }}</td>
                      <td class="num">{{ n.targetLevel }}</td>
                      <td class="num gap">{{ n.gap }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
            <p class="muted source">
              {{
                'person.needsSource.' + needs.value()[0].source
                  | t: { date: (needs.value()[0].createdAt | localDate) }
              }}
            </p>
          }
        }
        @if (profile.hasValue() && profile.value(); as p) {
          <h3 class="sub-title">{{ 'person.requirements' | t }}</h3>
          <ul class="plain">
            @for (c of p.current.competencies; track c.competencyId) {
              <li>
                {{ c.competencyName | bilingual }} ·
                {{ 'person.targetLevel' | t: { level: c.targetLevel } }}
                @if (c.mustHave) {
                  <span class="badge">{{ 'talent.profile.mustHave' | t }}</span>
                }
              </li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .sub-title {
      font: var(--mat-sys-title-small);
      margin: 12px 0 8px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .needs {
      width: 100%;
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        padding: 6px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      .num {
        text-align: right;
      }
      .gap {
        font-weight: 600;
        color: var(--mat-sys-error);
      }
    }
    .source {
      margin-top: 8px;
    }
    .plain {
      margin: 0;
      padding-left: 18px;
    }
    .badge {
      display: inline-block;
      padding: 0 6px;
      border-radius: 10px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class EmployeeTalentSectionComponent {
  readonly employeeId = input.required<string>();
  private readonly api = inject(TalentApi);

  constructor() {
    // Shown on identity's person page, outside talent's routes: it brings its own words.
    inject(I18n).register(talentTranslations);
  }

  protected readonly profile = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.employeeRoleProfile(params),
  });
  protected readonly needs = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.developmentNeeds(params),
  });
}
