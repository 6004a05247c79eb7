import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorTextPipe } from '@cadre/web/core';
import { BilingualPipe, I18n, TranslatePipe } from '@cadre/web/i18n';
import { RecruitmentApi } from '@cadre/web/recruitment/data-access';
import {
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
  RadarChartComponent,
  type RadarSeries,
} from '@cadre/web/ui';
import { FitScorePipe } from './fit-score.pipe';

/** Two to four candidates side by side: a radar of ratings against targets, and the figures. */
@Component({
  selector: 'cadre-compare-page',
  imports: [
    ErrorTextPipe,
    FitScorePipe,
    RouterLink,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    BilingualPipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
    RadarChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <p class="back">
        <a [routerLink]="['/recruitment/requisitions', id()]"
          ><mat-icon inline>arrow_back</mat-icon> {{ 'recruitment.compare.back' | t }}</a
        >
      </p>
      <cadre-page-header
        [title]="'recruitment.compare.title' | t"
        [subtitle]="'recruitment.compare.subtitle' | t"
      />
      @if (comparison.isLoading()) {
        <cadre-loading [label]="'common.loading' | t" />
      } @else if (comparison.error()) {
        <cadre-error-state [message]="comparison.error() | errorText" />
      } @else if (comparison.hasValue()) {
        @let c = comparison.value();
        <div class="layout">
          <mat-card appearance="outlined">
            <mat-card-content>
              <cadre-radar-chart
                [axes]="axes()"
                [series]="series()"
                [label]="'recruitment.compare.chartLabel' | t"
              />
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-content>
              <table class="compare" data-testid="compare-table">
                <thead>
                  <tr>
                    <th>{{ 'talent.profile.competency' | t }}</th>
                    <th>{{ 'talent.profile.target' | t }}</th>
                    @for (cand of c.candidates; track cand.applicationId) {
                      <th>
                        <a [routerLink]="['/recruitment/applications', cand.applicationId]">{{
                          cand.candidateName
                        }}</a>
                      </th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (comp of c.competencies; track comp.competencyId; let i = $index) {
                    <tr>
                      <td>
                        {{ comp.name | bilingual }}
                        @if (comp.mustHave) {
                          <span class="badge">{{ 'talent.profile.mustHave' | t }}</span>
                        }
                      </td>
                      <td>{{ comp.targetLevel }}</td>
                      @for (cand of c.candidates; track cand.applicationId) {
                        <td [class.below]="cand.ratings[i] !== null && +cand.ratings[i]! < comp.targetLevel">
                          {{ cand.ratings[i] ?? '—' }}
                        </td>
                      }
                    </tr>
                  }
                  <tr class="total">
                    <td>{{ 'recruitment.fit.score' | t }}</td>
                    <td>100</td>
                    @for (cand of c.candidates; track cand.applicationId) {
                      <td [class.below]="cand.knockedOut">
                        @if (cand.knockedOut) {
                          <span class="badge knocked">{{ 'recruitment.fit.knockedOutShort' | t }}</span>
                        }
                        {{ cand.fitScore | fitScore }}
                      </td>
                    }
                  </tr>
                </tbody>
              </table>
            </mat-card-content>
          </mat-card>
        </div>
      }
    </div>
  `,
  styles: `
    .back {
      margin: 0 0 8px;
    }
    .layout {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(360px, 1fr));
      align-items: start;
    }
    .compare {
      width: 100%;
      border-collapse: collapse;
    }
    .compare th,
    .compare td {
      text-align: left;
      padding: 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .compare .below {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .compare .total td {
      font-weight: 600;
    }
    .badge {
      font: var(--mat-sys-label-small);
      margin-left: 6px;
    }
  `,
})
export class ComparePageComponent {
  private readonly api = inject(RecruitmentApi);
  private readonly i18n = inject(I18n);

  /** Route parameter: the requisition. */
  readonly id = input.required<string>();
  /** Query parameter: comma-separated application ids. */
  readonly applications = input<string>('');

  protected readonly comparison = rxResource({
    params: () => ({ id: this.id(), ids: this.applications().split(',').filter(Boolean) }),
    stream: ({ params }) => this.api.compare(params.id, params.ids),
  });
  protected readonly axes = computed(() => {
    const c = this.comparison.hasValue() ? this.comparison.value() : null;
    return (c?.competencies ?? []).map((comp) => this.i18n.pick(comp.name));
  });
  // Chart geometry only: ratings are small decimals drawn as coordinates, never money.
  protected readonly series = computed<RadarSeries[]>(() => {
    const c = this.comparison.hasValue() ? this.comparison.value() : null;
    if (!c) return [];
    return [
      {
        name: this.i18n.t('talent.profile.target'),
        values: c.competencies.map((comp) => comp.targetLevel),
        outline: true,
      },
      ...c.candidates.map((cand) => ({
        name: cand.candidateName,
        values: cand.ratings.map((r) => (r === null ? null : Number(r))),
      })),
    ];
  });
}
