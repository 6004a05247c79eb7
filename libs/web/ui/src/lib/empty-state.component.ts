import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

/** What a list shows when it has nothing to show: what this is, and what to do next. */
@Component({
  selector: 'cadre-empty-state',
  imports: [MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="empty" role="status">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      <p class="empty-title">{{ title() }}</p>
      @if (hint()) {
        <p class="empty-hint">{{ hint() }}</p>
      }
      <ng-content />
    </div>
  `,
  styles: `
    .empty {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 48px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-icon {
      font-size: 40px;
      width: 40px;
      height: 40px;
      opacity: 0.7;
    }
    .empty-title {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
      margin: 12px 0 4px;
    }
    .empty-hint {
      font: var(--mat-sys-body-medium);
      margin: 0 0 12px;
      max-width: 40ch;
    }
  `,
})
export class EmptyStateComponent {
  readonly icon = input('inbox');
  readonly title = input.required<string>();
  readonly hint = input<string | null>(null);
}
