import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';

/** One headline figure with its label. */
@Component({
  selector: 'cadre-stat-card',
  imports: [MatCardModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="stat">
      <mat-card-content>
        <div class="stat-row">
          <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
          <span class="stat-label">{{ label() }}</span>
        </div>
        <div class="stat-value" [attr.aria-label]="label() + ': ' + value()">{{ value() }}</div>
        @if (detail()) {
          <div class="stat-detail">{{ detail() }}</div>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .stat {
      height: 100%;
    }
    .stat-row {
      display: flex;
      align-items: center;
      gap: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    /* A long label wraps; the icon keeps its size. */
    .stat-row mat-icon {
      flex: none;
    }
    .stat-label {
      font: var(--mat-sys-label-large);
    }
    .stat-value {
      font: var(--mat-sys-display-small);
      margin-top: 8px;
    }
    .stat-detail {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StatCardComponent {
  readonly icon = input('insights');
  readonly label = input.required<string>();
  readonly value = input.required<string | number>();
  readonly detail = input<string | null>(null);
}
