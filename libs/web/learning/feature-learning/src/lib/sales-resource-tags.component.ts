import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LibraryResourceDto } from '@cadre/shared/contracts';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';

/** Who a library resource is for: its product lines and segments, then its competencies. */
@Component({
  selector: 'cadre-sales-resource-tags',
  imports: [TranslatePipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = resource();
    @if (r.units.length || r.competencies.length) {
      <ul class="tags" [attr.aria-label]="'learning.library.tags' | t">
        @for (u of r.units; track u.id) {
          <li>{{ u.name }}</li>
        }
        @for (c of r.competencies; track c.id) {
          <li class="competency">{{ c.name | bilingual }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      list-style: none;
      padding: 0;
      margin: 4px 0 0;
      li {
        font: var(--mat-sys-label-small);
        padding: 2px 8px;
        border-radius: 8px;
        background: var(--mat-sys-secondary-container);
        color: var(--mat-sys-on-secondary-container);
      }
      .competency {
        background: var(--mat-sys-tertiary-container);
        color: var(--mat-sys-on-tertiary-container);
      }
    }
  `,
})
export class SalesResourceTagsComponent {
  readonly resource = input.required<Pick<LibraryResourceDto, 'units' | 'competencies'>>();
}
