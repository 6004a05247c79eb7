import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { MatchPartDto } from '@cadre/shared/contracts';
import { I18n, TranslatePipe } from '@cadre/web/i18n';

/** A match score taken apart: each part's points as a bar, with the facts behind it in words. */
@Component({
  selector: 'cadre-match-parts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="parts" [attr.aria-label]="'mentoring.match.partsLabel' | t">
      @for (p of explained(); track p.part) {
        <li>
          <span class="name">{{ 'mentoring.match.part.' + p.part | t }}</span>
          <span class="bar" aria-hidden="true"><span [style.width.%]="(100 * p.points) / p.max"></span></span>
          <span class="points">{{ p.points }} / {{ p.max }}</span>
          <span class="why">{{ p.why }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .parts {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    li {
      display: grid;
      grid-template-columns: minmax(90px, 8em) 1fr auto;
      grid-template-areas: 'name bar points' 'why why why';
      column-gap: 8px;
      align-items: center;
    }
    .name {
      grid-area: name;
      font: var(--mat-sys-label-large);
    }
    .bar {
      grid-area: bar;
      height: 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      overflow: hidden;
      span {
        display: block;
        height: 100%;
        background: var(--mat-sys-primary);
      }
    }
    .points {
      grid-area: points;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .why {
      grid-area: why;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class MatchPartsComponent {
  readonly parts = input.required<MatchPartDto[]>();
  private readonly i18n = inject(I18n);

  protected readonly explained = computed(() => this.parts().map((p) => ({ ...p, why: this.why(p) })));

  private why(p: MatchPartDto): string {
    const d = p.detail;
    switch (p.part) {
      case 'coverage':
        return Number(d['needs']) === 0
          ? this.i18n.t('mentoring.match.why.noNeeds')
          : this.i18n.t('mentoring.match.why.coverage', {
              covered: Number(d['fullyCovered']),
              needs: Number(d['needs']),
            });
      case 'closeness': {
        const shared = (['productLine', 'region', 'segment'] as const)
          .filter((k) => d[k] === true)
          .map((k) => this.i18n.t(`mentoring.match.why.same.${k}`));
        return shared.length
          ? shared.join(this.i18n.t('mentoring.match.why.and'))
          : this.i18n.t('mentoring.match.why.elsewhere');
      }
      case 'language':
        return this.i18n.t(d['shared'] ? 'mentoring.match.why.language' : 'mentoring.match.why.noLanguage', {
          language: this.i18n.t(`mentoring.language.${String(d['language'])}`),
        });
      case 'seniority':
        return Number(d['years']) > 0
          ? this.i18n.t('mentoring.match.why.seniority', { years: Number(d['years']) })
          : this.i18n.t('mentoring.match.why.notSenior');
      case 'capacity':
        return this.i18n.t('mentoring.match.why.capacity', {
          remaining: Number(d['remaining']),
          capacity: Number(d['capacity']),
        });
    }
  }
}
