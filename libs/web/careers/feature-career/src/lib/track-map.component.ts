import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { CareerTrackDto } from '@cadre/shared/contracts';
import { BilingualPipe, TranslatePipe } from '@cadre/web/i18n';

/**
 * Both tracks side by side, each level a button: where the person stands, where they may
 * go next, and the level whose readiness is shown. Choosing a level shows its readiness.
 */
@Component({
  selector: 'cadre-track-map',
  imports: [MatIconModule, TranslatePipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tracks">
      @for (track of tracks(); track track.id) {
        <section class="track" [attr.data-testid]="'track-' + track.kind">
          <h3>
            <mat-icon aria-hidden="true">{{
              track.kind === 'expert' ? 'workspace_premium' : 'groups'
            }}</mat-icon>
            {{ track.name | bilingual }}
          </h3>
          <ol>
            @for (level of track.levels; track level.id) {
              @let here = level.id === currentLevelId();
              @let next = nextLevelIds().includes(level.id);
              <li>
                <button
                  type="button"
                  class="level"
                  [class.here]="here"
                  [class.next]="next"
                  [class.selected]="level.id === selectedLevelId()"
                  [attr.aria-pressed]="level.id === selectedLevelId()"
                  (click)="pick.emit(level.id)"
                  data-testid="track-level"
                >
                  <span class="rank">{{ level.rank }}</span>
                  <span class="name">{{ level.name | bilingual }}</span>
                  @if (here) {
                    <span class="tag here-tag" data-testid="here">{{
                      (self() ? 'career.map.here' : 'career.map.current') | t
                    }}</span>
                  } @else if (next) {
                    <span class="tag">{{ 'career.map.next' | t }}</span>
                  }
                </button>
              </li>
            }
          </ol>
        </section>
      }
    </div>
  `,
  styles: `
    .tracks {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 16px;
    }
    h3 {
      display: flex;
      align-items: center;
      gap: 8px;
      font: var(--mat-sys-title-small);
      margin: 0 0 8px;
    }
    ol {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 6px;
    }
    .level {
      width: 100%;
      display: flex;
      align-items: center;
      gap: 10px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
      text-align: start;
      cursor: pointer;
    }
    .level:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .level.next {
      border-style: dashed;
      border-color: var(--mat-sys-primary);
    }
    .level.here {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .level.selected {
      box-shadow: 0 0 0 2px var(--mat-sys-primary);
    }
    .rank {
      flex: none;
      width: 24px;
      height: 24px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .name {
      flex: 1;
      min-width: 0;
    }
    .tag {
      flex: none;
      font: var(--mat-sys-label-small);
      padding: 2px 8px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class TrackMapComponent {
  readonly tracks = input.required<CareerTrackDto[]>();
  readonly currentLevelId = input<string | null>(null);
  readonly nextLevelIds = input<string[]>([]);
  readonly selectedLevelId = input<string | null>(null);
  /** One's own map says "You are here"; someone else's, "Current level". */
  readonly self = input(true);
  readonly pick = output<string>();
}
