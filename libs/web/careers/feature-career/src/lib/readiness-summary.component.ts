import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { READINESS_PARTS, type ReadinessDto } from '@cadre/shared/contracts';
import { TranslatePipe } from '@cadre/web/i18n';

/** Readiness in one line: the figure and each of the four parts, met or not. */
@Component({
  selector: 'cadre-readiness-summary',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="summary" data-testid="readiness-summary">
      <strong>{{ readiness().percent }}%</strong>
      @for (part of parts; track part) {
        <span class="part" [class.met]="readiness().parts[part].met">
          <mat-icon aria-hidden="true">{{ readiness().parts[part].met ? 'check' : 'close' }}</mat-icon>
          {{ 'career.part.' + part | t }}
        </span>
      }
    </p>
  `,
  styles: `
    .summary {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 12px;
      margin: 0;
    }
    .part {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      color: var(--mat-sys-on-surface-variant);
    }
    .part.met {
      color: var(--mat-sys-primary);
    }
    mat-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
  `,
})
export class ReadinessSummaryComponent {
  readonly readiness = input.required<ReadinessDto>();
  protected readonly parts = READINESS_PARTS;
}
