import { ChangeDetectionStrategy, Component, computed, inject, model, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PLAN_FILTER_ATTRIBUTES } from '@cadre/shared/contracts';
import { fieldReason } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import {
  getAt,
  listOf,
  listText,
  newComponent,
  pathText,
  planProblems,
  setAt,
  withType,
  type Path,
  type PlanDocument,
} from './plan-document-edit';

type Row = Record<string, unknown>;

/**
 * The form-based plan builder: the plan's terms, then each component with the fields of its
 * kind (rates, tier tables, bonus thresholds, pay-curve points), its filter, gate, cap and
 * required certifications, and the plan's cap, draw and ramp. It edits the very document the
 * JSON view shows, field by field, so either view can be used and they agree exactly. The
 * engine's validator runs on every change; each problem shows at its field, translated.
 */
@Component({
  selector: 'cadre-plan-builder',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="builder" data-testid="plan-builder">
      <fieldset>
        <legend>{{ 'pay.builder.terms' | t }}</legend>
        <div class="row">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'pay.builder.name' | t }}</mat-label>
            <input
              matInput
              [value]="text(['name'])"
              (input)="setText(['name'], $event)"
              data-testid="builder-name"
            />
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic" class="short">
            <mat-label>{{ 'pay.builder.currency' | t }}</mat-label>
            <input
              matInput
              [value]="text(['currency'])"
              (input)="setText(['currency'], $event)"
              maxlength="3"
            />
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic" class="short">
            <mat-label>{{ 'pay.builder.period' | t }}</mat-label>
            <mat-select [value]="text(['period'])" (selectionChange)="set(['period'], $event.value)">
              <mat-option value="month">{{ 'pay.plans.period.month' | t }}</mat-option>
              <mat-option value="quarter">{{ 'pay.plans.period.quarter' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic" class="short">
            <mat-label>{{ 'pay.builder.rounding' | t }}</mat-label>
            <mat-select
              [value]="text(['rounding']) || 'half-up'"
              (selectionChange)="set(['rounding'], $event.value)"
            >
              <mat-option value="half-up">{{ 'pay.builder.halfUp' | t }}</mat-option>
              <mat-option value="half-even">{{ 'pay.builder.halfEven' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
        </div>
        @for (path of [['name'], ['currency'], ['period'], ['rounding'], ['id']]; track $index) {
          @if (problemAt(path); as p) {
            <p class="problem" role="alert">{{ p }}</p>
          }
        }
      </fieldset>

      @for (c of components(); track $index; let i = $index) {
        <fieldset class="component" [attr.data-testid]="'builder-component-' + i">
          <legend>{{ 'pay.builder.component' | t: { n: i + 1 } }} · {{ c['name'] || c['id'] }}</legend>
          <div class="row">
            <mat-form-field subscriptSizing="dynamic" class="short">
              <mat-label>{{ 'pay.builder.id' | t }}</mat-label>
              <input
                matInput
                [value]="text(['components', i, 'id'])"
                (input)="setText(['components', i, 'id'], $event)"
              />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'pay.builder.name' | t }}</mat-label>
              <input
                matInput
                [value]="text(['components', i, 'name'])"
                (input)="setOptional(['components', i, 'name'], $event)"
              />
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic" class="short">
              <mat-label>{{ 'pay.builder.type' | t }}</mat-label>
              <mat-select
                [value]="c['type']"
                (selectionChange)="changeType(i, $event.value)"
                [attr.data-testid]="'builder-type-' + i"
              >
                @for (type of types; track type) {
                  <mat-option [value]="type">{{ 'compensation.types.' + type | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field subscriptSizing="dynamic" class="short">
              <mat-label>{{ 'pay.builder.metric' | t }}</mat-label>
              <input
                matInput
                [value]="text(['components', i, 'metric'])"
                (input)="setText(['components', i, 'metric'], $event)"
              />
            </mat-form-field>
          </div>
          @for (f of ['id', 'name', 'type', 'metric']; track f) {
            @if (problemAt(['components', i, f]); as p) {
              <p class="problem" role="alert">{{ p }}</p>
            }
          }

          @switch (c['type']) {
            @case ('rate') {
              <div class="row">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.rate' | t }}</mat-label>
                  <input
                    matInput
                    inputmode="decimal"
                    [value]="text(['components', i, 'rate'])"
                    (input)="setText(['components', i, 'rate'], $event)"
                    [attr.data-testid]="'builder-rate-' + i"
                  />
                  <mat-hint>{{ 'pay.builder.rateHint' | t }}</mat-hint>
                </mat-form-field>
              </div>
              @if (problemAt(['components', i, 'rate']); as p) {
                <p class="problem" role="alert">{{ p }}</p>
              }
            }
            @case ('tiered') {
              <div class="row">
                <mat-form-field subscriptSizing="dynamic" class="short">
                  <mat-label>{{ 'pay.builder.basis' | t }}</mat-label>
                  <mat-select
                    [value]="c['basis']"
                    (selectionChange)="set(['components', i, 'basis'], $event.value)"
                  >
                    <mat-option value="attainment">{{ 'pay.builder.basisAttainment' | t }}</mat-option>
                    <mat-option value="amount">{{ 'pay.builder.basisAmount' | t }}</mat-option>
                  </mat-select>
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic" class="short">
                  <mat-label>{{ 'pay.builder.mode' | t }}</mat-label>
                  <mat-select
                    [value]="c['mode']"
                    (selectionChange)="set(['components', i, 'mode'], $event.value)"
                  >
                    <mat-option value="marginal">{{ 'pay.builder.marginal' | t }}</mat-option>
                    <mat-option value="retroactive">{{ 'pay.builder.retroactive' | t }}</mat-option>
                  </mat-select>
                </mat-form-field>
              </div>
              <table class="band-table">
                <thead>
                  <tr>
                    <th>{{ 'pay.builder.band' | t }}</th>
                    <th>
                      {{
                        (c['basis'] === 'amount' ? 'pay.builder.upToAmount' : 'pay.builder.upToAttainment')
                          | t
                      }}
                    </th>
                    <th>{{ 'pay.builder.rate' | t }}</th>
                    <th></th>
                  </tr>
                </thead>
                <tbody>
                  @for (
                    t of rows(['components', i, 'tiers']);
                    track $index;
                    let j = $index;
                    let last = $last
                  ) {
                    <tr>
                      <td>{{ j + 1 }}</td>
                      <td>
                        @if (last) {
                          <span class="muted">{{ 'pay.builder.open' | t }}</span>
                        } @else {
                          <input
                            class="cell"
                            inputmode="decimal"
                            [attr.aria-label]="'pay.builder.upToAttainment' | t"
                            [value]="text(['components', i, 'tiers', j, 'upTo'])"
                            (input)="setText(['components', i, 'tiers', j, 'upTo'], $event)"
                          />
                        }
                      </td>
                      <td>
                        <input
                          class="cell"
                          inputmode="decimal"
                          [attr.aria-label]="'pay.builder.rate' | t"
                          [value]="text(['components', i, 'tiers', j, 'rate'])"
                          (input)="setText(['components', i, 'tiers', j, 'rate'], $event)"
                          [attr.data-testid]="'builder-tier-rate-' + i + '-' + j"
                        />
                      </td>
                      <td>
                        @if (!last) {
                          <button
                            mat-icon-button
                            type="button"
                            (click)="removeRow(['components', i, 'tiers'], j)"
                            [attr.aria-label]="'pay.builder.removeBand' | t"
                          >
                            <mat-icon>delete</mat-icon>
                          </button>
                        }
                      </td>
                    </tr>
                    @for (f of ['upTo', 'rate']; track f) {
                      @if (problemAt(['components', i, 'tiers', j, f]); as p) {
                        <tr>
                          <td colspan="4" class="problem" role="alert">
                            {{ 'pay.builder.bandProblem' | t: { n: j + 1, problem: p } }}
                          </td>
                        </tr>
                      }
                    }
                  }
                </tbody>
              </table>
              <button mat-button type="button" (click)="addBand(i)">
                <mat-icon>add</mat-icon>{{ 'pay.builder.addBand' | t }}
              </button>
              @if (problemAt(['components', i, 'tiers']); as p) {
                <p class="problem" role="alert">{{ p }}</p>
              }
            }
            @case ('bonus') {
              <div class="row">
                <mat-form-field subscriptSizing="dynamic" class="short">
                  <mat-label>{{ 'pay.builder.threshold' | t }}</mat-label>
                  <mat-select
                    [value]="'minAmount' in c ? 'minAmount' : 'minAttainment'"
                    (selectionChange)="bonusThreshold(i, $event.value)"
                  >
                    <mat-option value="minAttainment">{{ 'pay.builder.minAttainment' | t }}</mat-option>
                    <mat-option value="minAmount">{{ 'pay.builder.minAmount' | t }}</mat-option>
                  </mat-select>
                </mat-form-field>
                @let key = 'minAmount' in c ? 'minAmount' : 'minAttainment';
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.thresholdValue' | t }}</mat-label>
                  <input
                    matInput
                    inputmode="decimal"
                    [value]="text(['components', i, key])"
                    (input)="setText(['components', i, key], $event)"
                  />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.bonusAmount' | t }}</mat-label>
                  <input
                    matInput
                    inputmode="decimal"
                    [value]="text(['components', i, 'amount'])"
                    (input)="setText(['components', i, 'amount'], $event)"
                    [attr.data-testid]="'builder-bonus-' + i"
                  />
                </mat-form-field>
              </div>
              @for (f of ['minAttainment', 'minAmount', 'amount']; track f) {
                @if (problemAt(['components', i, f]); as p) {
                  <p class="problem" role="alert">{{ p }}</p>
                }
              }
            }
            @case ('curve') {
              <table class="band-table">
                <thead>
                  <tr>
                    <th>{{ 'pay.builder.point' | t }}</th>
                    <th>{{ 'pay.builder.attainment' | t }}</th>
                    <th>{{ 'pay.builder.payout' | t }}</th>
                    <th></th>
                  </tr>
                </thead>
                <tbody>
                  @for (pt of rows(['components', i, 'points']); track $index; let j = $index) {
                    <tr>
                      <td>{{ j + 1 }}</td>
                      <td>
                        <input
                          class="cell"
                          inputmode="decimal"
                          [attr.aria-label]="'pay.builder.attainment' | t"
                          [value]="text(['components', i, 'points', j, 'attainment'])"
                          (input)="setText(['components', i, 'points', j, 'attainment'], $event)"
                        />
                      </td>
                      <td>
                        <input
                          class="cell"
                          inputmode="decimal"
                          [attr.aria-label]="'pay.builder.payout' | t"
                          [value]="text(['components', i, 'points', j, 'payout'])"
                          (input)="setText(['components', i, 'points', j, 'payout'], $event)"
                        />
                      </td>
                      <td>
                        <button
                          mat-icon-button
                          type="button"
                          (click)="removeRow(['components', i, 'points'], j)"
                          [attr.aria-label]="'pay.builder.removePoint' | t"
                        >
                          <mat-icon>delete</mat-icon>
                        </button>
                      </td>
                    </tr>
                    @for (f of ['attainment', 'payout']; track f) {
                      @if (problemAt(['components', i, 'points', j, f]); as p) {
                        <tr>
                          <td colspan="4" class="problem" role="alert">
                            {{ 'pay.builder.pointProblem' | t: { n: j + 1, problem: p } }}
                          </td>
                        </tr>
                      }
                    }
                  }
                </tbody>
              </table>
              <button mat-button type="button" (click)="addPoint(i)">
                <mat-icon>add</mat-icon>{{ 'pay.builder.addPoint' | t }}
              </button>
              @if (problemAt(['components', i, 'points']); as p) {
                <p class="problem" role="alert">{{ p }}</p>
              }
            }
          }

          <details class="more" [open]="hasExtras(c)">
            <summary>{{ 'pay.builder.conditions' | t }}</summary>
            <p class="muted">{{ 'pay.builder.filterHint' | t }}</p>
            <div class="row">
              @for (a of attributes; track a) {
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.filter.' + a | t }}</mat-label>
                  <input
                    matInput
                    [value]="list(['components', i, 'filter', a])"
                    (change)="setFilter(i, a, $event)"
                  />
                </mat-form-field>
              }
            </div>
            @if (problemAt(['components', i, 'filter']); as p) {
              <p class="problem" role="alert">{{ p }}</p>
            }
            <mat-checkbox [checked]="!!c['gate']" (change)="toggleGate(i, $event.checked)">{{
              'pay.builder.gate' | t
            }}</mat-checkbox>
            @if (c['gate']) {
              <div class="row">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.gateMetric' | t }}</mat-label>
                  <input
                    matInput
                    [value]="text(['components', i, 'gate', 'metric'])"
                    (input)="setText(['components', i, 'gate', 'metric'], $event)"
                  />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'pay.builder.minAttainment' | t }}</mat-label>
                  <input
                    matInput
                    inputmode="decimal"
                    [value]="text(['components', i, 'gate', 'minAttainment'])"
                    (input)="setText(['components', i, 'gate', 'minAttainment'], $event)"
                  />
                </mat-form-field>
              </div>
              @for (f of ['metric', 'minAttainment']; track f) {
                @if (problemAt(['components', i, 'gate', f]); as p) {
                  <p class="problem" role="alert">{{ p }}</p>
                }
              }
            }
            <div class="row">
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'pay.builder.componentCap' | t }}</mat-label>
                <input
                  matInput
                  inputmode="decimal"
                  [value]="text(['components', i, 'cap'])"
                  (input)="setOptional(['components', i, 'cap'], $event)"
                />
              </mat-form-field>
              <mat-form-field subscriptSizing="dynamic">
                <mat-label>{{ 'pay.builder.requires' | t }}</mat-label>
                <input
                  matInput
                  [value]="list(['components', i, 'requires'])"
                  (change)="setList(['components', i, 'requires'], $event)"
                />
                <mat-hint>{{ 'pay.builder.requiresHint' | t }}</mat-hint>
              </mat-form-field>
            </div>
            @for (f of ['cap', 'requires']; track f) {
              @if (problemAt(['components', i, f]); as p) {
                <p class="problem" role="alert">{{ p }}</p>
              }
            }
          </details>
          <div class="actions">
            <button
              mat-button
              type="button"
              (click)="removeComponent(i)"
              [attr.data-testid]="'builder-remove-' + i"
            >
              <mat-icon>delete</mat-icon>{{ 'pay.builder.removeComponent' | t }}
            </button>
          </div>
        </fieldset>
      }
      <button mat-stroked-button type="button" (click)="addComponent()" data-testid="builder-add-component">
        <mat-icon>add</mat-icon>{{ 'pay.builder.addComponent' | t }}
      </button>
      @if (problemAt(['components']); as p) {
        <p class="problem" role="alert">{{ p }}</p>
      }

      <fieldset>
        <legend>{{ 'pay.builder.limits' | t }}</legend>
        <div class="row">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'pay.builder.planCap' | t }}</mat-label>
            <input
              matInput
              inputmode="decimal"
              [value]="text(['cap'])"
              (input)="setOptional(['cap'], $event)"
              data-testid="builder-cap"
            />
            <mat-hint>{{ 'pay.builder.planCapHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'pay.builder.ramp' | t }}</mat-label>
            <input matInput [value]="list(['ramp'])" (change)="setList(['ramp'], $event)" />
            <mat-hint>{{ 'pay.builder.rampHint' | t }}</mat-hint>
          </mat-form-field>
        </div>
        @for (path of [['cap'], ['ramp']]; track $index) {
          @if (problemAt(path); as p) {
            <p class="problem" role="alert">{{ p }}</p>
          }
        }
        <mat-checkbox [checked]="!!document()['draw']" (change)="toggleDraw($event.checked)">{{
          'pay.builder.draw' | t
        }}</mat-checkbox>
        @if (document()['draw']) {
          <div class="row">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{ 'pay.builder.drawAmount' | t }}</mat-label>
              <input
                matInput
                inputmode="decimal"
                [value]="text(['draw', 'amount'])"
                (input)="setText(['draw', 'amount'], $event)"
              />
            </mat-form-field>
            <mat-checkbox
              [checked]="getAt(['draw', 'recoverable']) === true"
              (change)="set(['draw', 'recoverable'], $event.checked)"
            >
              {{ 'pay.builder.recoverable' | t }}
            </mat-checkbox>
          </div>
          @for (path of [['draw'], ['draw', 'amount'], ['draw', 'recoverable']]; track $index) {
            @if (problemAt(path); as p) {
              <p class="problem" role="alert">{{ p }}</p>
            }
          }
        }
      </fieldset>
      @if (unplaced().length) {
        <ul class="problems" role="alert" data-testid="builder-problems">
          @for (p of unplaced(); track $index) {
            <li>
              <code>{{ p.path }}</code> {{ p.text }}
            </li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .builder {
      display: grid;
      gap: 12px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 16px 12px;
      margin: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 4px;
      overflow-wrap: anywhere;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: center;
      margin: 8px 0;
    }
    .row mat-form-field {
      flex: 2 1 200px;
    }
    .row mat-form-field.short {
      flex: 1 1 130px;
    }
    .band-table {
      border-collapse: collapse;
      width: 100%;
      max-width: 560px;
    }
    .band-table th {
      text-align: start;
      font-weight: 500;
      padding: 4px;
    }
    .band-table td {
      padding: 2px 4px;
    }
    .cell {
      width: 100%;
      min-width: 70px;
      box-sizing: border-box;
      padding: 8px;
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
    }
    .problem,
    .problems {
      color: var(--mat-sys-error);
      margin: 2px 0;
      font-size: 0.875rem;
    }
    .more summary {
      cursor: pointer;
      margin: 8px 0;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
    }
  `,
})
export class PlanBuilderComponent {
  private readonly i18n = inject(I18n);
  /** The plan object of the format, edited in place of the JSON text. */
  readonly document = model.required<PlanDocument>();
  protected readonly types = ['rate', 'tiered', 'bonus', 'curve'];
  protected readonly attributes = PLAN_FILTER_ATTRIBUTES;

  protected readonly components = computed(() => {
    const list = this.document()['components'];
    return Array.isArray(list) ? (list as Row[]) : [];
  });

  /** The engine's problems with the plan, translated, by path. */
  private readonly problems = computed(() =>
    planProblems(this.document()).map((p) => ({
      path: p.path,
      text: fieldReason(this.i18n, { field: p.path, reason: p.message, code: p.code, params: p.params }),
    })),
  );
  /** Paths the form has shown a problem at in this rendering; the rest are listed at the end. */
  private readonly shownPaths = new Set<string>();

  /** Problems at paths the form has no field for (called last in the template). */
  protected unplaced(): { path: string; text: string }[] {
    const shown = new Set(this.shownPaths);
    this.shownPaths.clear();
    return this.problems().filter((p) => !shown.has(p.path));
  }

  protected getAt(path: Path): unknown {
    return getAt(this.document(), path);
  }

  protected text(path: Path): string {
    const value = this.getAt(path);
    return value === undefined || value === null ? '' : String(value);
  }

  protected list(path: Path): string {
    return listText(this.getAt(path));
  }

  protected rows(path: Path): Row[] {
    const value = this.getAt(path);
    return Array.isArray(value) ? (value as Row[]) : [];
  }

  protected problemAt(path: Path): string | null {
    const key = pathText(path);
    this.shownPaths.add(key);
    // A field just added and still empty is not yet wrong: it says so once typed in.
    if (this.getAt(path) === '' && !this.touched().has(key)) return null;
    return this.problems().find((p) => p.path === key)?.text ?? null;
  }

  /** Paths typed in since the builder opened. */
  private readonly touched = signal<ReadonlySet<string>>(new Set());

  protected set(path: Path, value: unknown): void {
    this.touched.set(new Set(this.touched()).add(pathText(path)));
    this.document.set(setAt(this.document(), path, value));
  }

  protected setText(path: Path, event: Event): void {
    this.set(path, (event.target as HTMLInputElement).value);
  }

  /** An optional field: empty removes it from the document. */
  protected setOptional(path: Path, event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.set(path, value === '' ? undefined : value);
  }

  protected setList(path: Path, event: Event): void {
    const values = listOf((event.target as HTMLInputElement).value);
    this.set(path, values.length ? values : undefined);
  }

  /** One value stays a string, several a list (both are the format's); none removes the attribute. */
  protected setFilter(i: number, attribute: string, event: Event): void {
    const values = listOf((event.target as HTMLInputElement).value);
    let next = setAt(
      this.document(),
      ['components', i, 'filter', attribute],
      values.length > 1 ? values : values[0],
    );
    const filter = getAt(next, ['components', i, 'filter']) as Row | undefined;
    if (filter && !Object.keys(filter).length) next = setAt(next, ['components', i, 'filter'], undefined);
    this.document.set(next);
  }

  protected hasExtras(c: Row): boolean {
    return ['filter', 'gate', 'cap', 'requires'].some((k) => k in c);
  }

  protected changeType(i: number, type: string): void {
    this.set(['components', i], withType(this.components()[i] ?? {}, type));
  }

  protected bonusThreshold(i: number, key: 'minAttainment' | 'minAmount'): void {
    const other = key === 'minAttainment' ? 'minAmount' : 'minAttainment';
    const next = setAt(this.document(), ['components', i, other], undefined);
    this.document.set(setAt(next, ['components', i, key], this.text(['components', i, other]) || ''));
  }

  protected addComponent(): void {
    const ids = new Set(this.components().map((c) => c['id']));
    let n = this.components().length + 1;
    while (ids.has(`c${n}`)) n++;
    this.set(['components'], [...this.components(), newComponent('rate', `c${n}`)]);
  }

  protected removeComponent(i: number): void {
    this.set(['components', i], undefined);
  }

  /** A new band before the open last one. */
  protected addBand(i: number): void {
    const tiers = this.rows(['components', i, 'tiers']);
    const open = tiers.at(-1) ?? { upTo: null, rate: '' };
    this.set(['components', i, 'tiers'], [...tiers.slice(0, -1), { upTo: '', rate: '' }, open]);
  }

  protected addPoint(i: number): void {
    this.set(
      ['components', i, 'points'],
      [...this.rows(['components', i, 'points']), { attainment: '', payout: '' }],
    );
  }

  protected removeRow(path: Path, j: number): void {
    this.set([...path, j], undefined);
  }

  protected toggleGate(i: number, on: boolean): void {
    this.set(
      ['components', i, 'gate'],
      on ? { metric: this.text(['components', i, 'metric']), minAttainment: '0.8' } : undefined,
    );
  }

  protected toggleDraw(on: boolean): void {
    this.set(['draw'], on ? { amount: '', recoverable: true } : undefined);
  }
}
