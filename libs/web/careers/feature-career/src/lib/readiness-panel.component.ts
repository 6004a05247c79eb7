import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Bilingual, ReadinessDto } from '@cadre/shared/contracts';
import { BilingualPipe, LocalDatePipe, TranslatePipe } from '@cadre/web/i18n';
import { PercentOfPipe } from './percent-of.pipe';

/** Readiness for a level as one figure with every part shown: what is met, what is missing. */
@Component({
  selector: 'cadre-readiness-panel',
  imports: [MatIconModule, MatProgressBarModule, TranslatePipe, BilingualPipe, LocalDatePipe, PercentOfPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = readiness();
    <div class="figure" data-testid="readiness">
      <div class="headline">
        <span class="percent" data-testid="readiness-percent">{{ r.percent }}%</span>
        <span>{{ 'career.readiness.for' | t: { level: levelName() | bilingual } }}</span>
      </div>
      <span class="muted" data-testid="parts-met">{{
        'career.readiness.partsMet' | t: { met: r.partsMet }
      }}</span>
      <mat-progress-bar
        mode="determinate"
        [value]="+r.percent"
        [attr.aria-label]="'career.readiness.title' | t"
      />
    </div>
    <div class="parts">
      <section class="part" [class.met]="r.parts.competencies.met" data-testid="part-competencies">
        <h4>
          <mat-icon aria-hidden="true">{{
            r.parts.competencies.met ? 'check_circle' : 'radio_button_unchecked'
          }}</mat-icon>
          {{ 'career.part.competencies' | t }}
          <span class="score">{{ r.parts.competencies.score | percentOf }}%</span>
        </h4>
        <p class="muted small">{{ 'career.competencies.how' | t }}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{{ 'career.col.competency' | t }}</th>
              <th scope="col">{{ 'career.col.level' | t }}</th>
              <th scope="col">{{ 'career.col.target' | t }}</th>
              <th scope="col">{{ 'career.col.weight' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of r.parts.competencies.items; track c.competencyId) {
              <tr [class.gap]="!c.met">
                <td>
                  {{ c.name | bilingual }}
                  @if (c.mustHave) {
                    <span class="must">{{ 'career.mustHave' | t }}</span>
                  }
                </td>
                <td>{{ c.level ?? ('career.noEvidence' | t) }}</td>
                <td>{{ c.target }}</td>
                <td>×{{ +c.weight }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="4" class="muted">{{ 'career.part.nothingAsked' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </section>
      <section class="part" [class.met]="r.parts.certifications.met" data-testid="part-certifications">
        <h4>
          <mat-icon aria-hidden="true">{{
            r.parts.certifications.met ? 'check_circle' : 'radio_button_unchecked'
          }}</mat-icon>
          {{ 'career.part.certifications' | t }}
        </h4>
        @for (code of r.parts.certifications.required; track code) {
          <p>
            {{ code }} ·
            {{
              (r.parts.certifications.missing.includes(code) ? 'career.cert.missing' : 'career.cert.held') | t
            }}
          </p>
        } @empty {
          <p class="muted">{{ 'career.part.nothingAsked' | t }}</p>
        }
      </section>
      <section class="part" [class.met]="r.parts.time.met" data-testid="part-time">
        <h4>
          <mat-icon aria-hidden="true">{{
            r.parts.time.met ? 'check_circle' : 'radio_button_unchecked'
          }}</mat-icon>
          {{ 'career.part.time' | t }}
        </h4>
        @if (r.parts.time.since || !r.parts.time.required) {
          <p>
            {{ 'career.time.months' | t: { months: r.parts.time.months, required: r.parts.time.required } }}
          </p>
          @if (r.parts.time.since) {
            <p class="muted">{{ 'career.time.since' | t: { date: (r.parts.time.since | localDate) } }}</p>
          }
        } @else {
          <p>{{ 'career.time.notYet' | t: { required: r.parts.time.required } }}</p>
        }
      </section>
      <section class="part" [class.met]="r.parts.results.met" data-testid="part-results">
        <h4>
          <mat-icon aria-hidden="true">{{
            r.parts.results.met ? 'check_circle' : 'radio_button_unchecked'
          }}</mat-icon>
          {{ 'career.part.results' | t }}
        </h4>
        @for (t of r.parts.results.thresholds; track $index) {
          <p>
            {{
              'career.results.rule'
                | t
                  : {
                      metric: t.metricName | bilingual,
                      percent: (t.minAttainment | percentOf),
                      quarters: t.quarters,
                      of: t.ofQuarters,
                    }
            }}
          </p>
          <ul class="window">
            @for (q of t.window; track q.period) {
              <li [class.met]="q.met">
                {{ q.period }} ·
                {{
                  q.attainment === null ? ('career.results.noTarget' | t) : (q.attainment | percentOf) + '%'
                }}
              </li>
            } @empty {
              <li>{{ 'career.results.noQuarters' | t }}</li>
            }
          </ul>
        } @empty {
          <p class="muted">{{ 'career.part.nothingAsked' | t }}</p>
        }
      </section>
    </div>
  `,
  styles: `
    .figure {
      display: grid;
      gap: 6px;
      margin-bottom: 16px;
    }
    .headline {
      display: flex;
      align-items: baseline;
      gap: 12px;
      flex-wrap: wrap;
    }
    .percent {
      font: var(--mat-sys-display-small);
    }
    .parts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 12px;
    }
    .part {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px;
      min-width: 0;
    }
    .part h4 {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .part.met h4 mat-icon {
      color: var(--mat-sys-primary);
    }
    .score {
      margin-inline-start: auto;
      font: var(--mat-sys-label-large);
    }
    p {
      margin: 4px 0;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-small);
    }
    th,
    td {
      text-align: start;
      padding: 4px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    tr.gap td:nth-child(2) {
      color: var(--mat-sys-error);
    }
    .must {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-tertiary);
      margin-inline-start: 4px;
    }
    .window {
      list-style: none;
      padding: 0;
      margin: 4px 0 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .window li {
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .window li.met {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReadinessPanelComponent {
  readonly readiness = input.required<ReadinessDto>();
  readonly levelName = input.required<Bilingual>();
}
