import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/** A spinner with a label for screen readers, centred in the space the content will take. */
@Component({
  selector: 'cadre-loading',
  imports: [MatProgressSpinnerModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="loading" role="status" [attr.aria-label]="label()">
    <mat-spinner diameter="36" />
  </div>`,
  styles: `
    .loading {
      display: flex;
      justify-content: center;
      padding: 48px 0;
    }
  `,
})
export class LoadingBlockComponent {
  readonly label = input('Loading');
}
