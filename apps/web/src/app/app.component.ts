import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ThemeService } from '@cadre/web/core';

@Component({
  selector: 'cadre-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<router-outlet />`,
})
export class AppComponent {
  // Applies the remembered light/dark choice before the first page renders.
  protected readonly theme = inject(ThemeService);
}
