import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationCancellationCode,
  NavigationEnd,
  NavigationError,
  Router,
  RouterOutlet,
  type Event,
} from '@angular/router';
import { filter, first, map } from 'rxjs';
import { ThemeService } from '@cadre/web/core';

/**
 * The root: the routed page, and until the first navigation settles (the session restored,
 * the page's code loaded) the same splash index.html shows, so the screen is never blank.
 */
@Component({
  selector: 'cadre-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!routed()) {
      <div class="cadre-splash" role="status" aria-label="Cadre">
        <span class="cadre-splash__bar"></span>Cadre
      </div>
    }
    <router-outlet />
  `,
})
export class AppComponent {
  // Applies the remembered light/dark choice before the first page renders.
  protected readonly theme = inject(ThemeService);

  protected readonly routed = toSignal(
    inject(Router).events.pipe(
      filter(settles),
      first(),
      map(() => true),
    ),
    { initialValue: false },
  );
}

/** Whether a router event ends the first navigation for good (a redirect goes on elsewhere). */
function settles(e: Event): boolean {
  if (e instanceof NavigationEnd || e instanceof NavigationError) return true;
  return (
    e instanceof NavigationCancel &&
    e.code !== NavigationCancellationCode.Redirect &&
    e.code !== NavigationCancellationCode.SupersededByNewNavigation
  );
}
