import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { CareersApi, levelsById } from '@cadre/web/careers/data-access';
import { SessionStore } from '@cadre/web/core';
import { BilingualPipe, I18n, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { careerTranslations } from '../i18n/career.translations';

/** The person page's career section: their level since when, and readiness for the next. */
@Component({
  selector: 'cadre-employee-career-section',
  imports: [RouterLink, MatCardModule, MatButtonModule, TranslatePipe, BilingualPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="person-career">
      <mat-card-header>
        <mat-card-title>{{ 'career.person.section' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (career.hasValue()) {
          @let c = career.value();
          @if (c.position; as p) {
            <p>
              <strong>{{ levelName(p.levelId) | bilingual }}</strong>
              <span class="muted"> · {{ 'career.where.since' | t: { date: (p.startsOn | localDate) } }}</span>
            </p>
            @if (c.readiness; as r) {
              <p>
                {{
                  'career.readiness.towards' | t: { level: levelName(r.levelId) | bilingual, met: r.partsMet }
                }}
                · <strong>{{ r.percent }}%</strong>
              </p>
            }
          } @else {
            <p class="muted">{{ 'career.where.none' | t }}</p>
          }
          <a mat-stroked-button [routerLink]="self() ? '/career' : ['/career/people', employeeId()]">
            {{ 'career.person.open' | t }}
          </a>
        } @else if (career.error()) {
          <p class="muted">{{ 'career.person.unavailable' | t }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EmployeeCareerSectionComponent {
  readonly employeeId = input.required<string>();
  private readonly api = inject(CareersApi);
  private readonly session = inject(SessionStore);
  protected readonly career = rxResource({
    params: () => this.employeeId(),
    stream: ({ params }) => this.api.career(params, null),
  });
  private readonly levels = computed(() => levelsById(this.career.value()?.tracks ?? []));
  protected readonly self = computed(() => this.session.user()?.employeeId === this.employeeId());

  constructor() {
    // The section shows outside the career routes, which register these words themselves.
    inject(I18n).register(careerTranslations);
  }

  protected levelName(id: string) {
    return this.levels().get(id)?.name ?? { en: '', zh: '' };
  }
}
