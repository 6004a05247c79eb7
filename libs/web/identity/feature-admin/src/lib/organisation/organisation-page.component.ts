import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { firstValueFrom } from 'rxjs';
import type { OrgUnitDto } from '@cadre/shared/contracts';
import { ErrorTextPipe, Notifier, SessionStore } from '@cadre/web/core';
import { I18n, TranslatePipe } from '@cadre/web/i18n';
import { buildOrgTree, IdentityApi, type OrgTreeNode } from '@cadre/web/identity/data-access';
import {
  confirmAction,
  ErrorStateComponent,
  LoadingBlockComponent,
  PageHeaderComponent,
} from '@cadre/web/ui';
import { OrgUnitDialogComponent, type OrgUnitDialogData } from './org-unit-dialog.component';

const KIND_ICONS: Record<string, string> = {
  company: 'domain',
  region: 'public',
  product_line: 'category',
  customer_segment: 'handshake',
  composite: 'hub',
  team: 'groups',
};

/** The org tree. Admins create, rename, move and staff units; HR sees it read-only. */
@Component({
  selector: 'cadre-organisation-page',
  imports: [
    ErrorTextPipe,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    TranslatePipe,
    PageHeaderComponent,
    LoadingBlockComponent,
    ErrorStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <cadre-page-header [title]="'org.title' | t" [subtitle]="'org.subtitle' | t" />
      <mat-card appearance="outlined">
        @if (units.isLoading() && !units.hasValue()) {
          <cadre-loading [label]="'common.loading' | t" />
        } @else if (units.error()) {
          <cadre-error-state
            [message]="units.error() | errorText"
            [retryLabel]="'common.retry' | t"
            (retry)="units.reload()"
          />
        } @else {
          <ul class="tree" [attr.aria-label]="'org.title' | t" data-testid="org-tree">
            @for (node of visible(); track node.id) {
              <li class="node" [style.padding-left.px]="node.depth * 28 + 8">
                @if (node.children.length) {
                  <button
                    mat-icon-button
                    type="button"
                    class="toggle"
                    (click)="toggle(node.id)"
                    [attr.aria-expanded]="!collapsed().has(node.id)"
                    [attr.aria-label]="
                      (collapsed().has(node.id) ? 'org.expand' : 'org.collapse') | t: { name: node.name }
                    "
                  >
                    <mat-icon>{{ collapsed().has(node.id) ? 'chevron_right' : 'expand_more' }}</mat-icon>
                  </button>
                } @else {
                  <span class="toggle-space"></span>
                }
                <mat-icon class="kind" [matTooltip]="'org.kinds.' + node.kind | t" aria-hidden="true">{{
                  kindIcon(node.kind)
                }}</mat-icon>
                <div class="info">
                  <div class="name">
                    {{ node.name }} <span class="kind-label">{{ 'org.kinds.' + node.kind | t }}</span>
                  </div>
                  <div class="muted small">
                    {{
                      node.managerName
                        ? ('org.managedBy' | t: { name: node.managerName })
                        : ('org.noManager' | t)
                    }}
                    · {{ 'org.headcount' | t: { direct: node.headcount, total: node.totalHeadcount } }}
                  </div>
                </div>
                @if (canManage()) {
                  <button
                    mat-icon-button
                    type="button"
                    [matMenuTriggerFor]="actions"
                    [attr.aria-label]="'org.actionsFor' | t: { name: node.name }"
                    [attr.data-testid]="'unit-actions-' + node.name"
                  >
                    <mat-icon>more_vert</mat-icon>
                  </button>
                  <mat-menu #actions="matMenu">
                    <button mat-menu-item type="button" (click)="create(node)" data-testid="unit-add-child">
                      <mat-icon>add</mat-icon>{{ 'org.addChild' | t }}
                    </button>
                    <button mat-menu-item type="button" (click)="edit(node)" data-testid="unit-edit">
                      <mat-icon>edit</mat-icon>{{ 'org.edit' | t }}
                    </button>
                    @if (node.parentId) {
                      @if (node.children.length > 0 || node.headcount > 0) {
                        <!-- A disabled item gets no pointer events: the tooltip sits on a wrapper. -->
                        <div
                          [matTooltip]="
                            deleteBlockedKey(node.children.length, node.headcount)
                              | t: { units: node.children.length, people: node.headcount }
                          "
                          data-testid="unit-delete-blocked"
                        >
                          <button mat-menu-item type="button" disabled>
                            <mat-icon>delete</mat-icon>{{ 'org.delete' | t }}
                          </button>
                        </div>
                      } @else {
                        <button mat-menu-item type="button" (click)="remove(node)" data-testid="unit-delete">
                          <mat-icon>delete</mat-icon>{{ 'org.delete' | t }}
                        </button>
                      }
                    }
                  </mat-menu>
                }
              </li>
            }
          </ul>
        }
      </mat-card>
    </div>
  `,
  styles: `
    .tree {
      list-style: none;
      margin: 0;
      padding: 8px 0;
    }
    .node {
      display: flex;
      align-items: center;
      gap: 8px;
      padding-top: 6px;
      padding-bottom: 6px;
      padding-right: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .node:last-child {
      border-bottom: none;
    }
    .toggle-space {
      width: 40px;
      flex: none;
    }
    .kind {
      color: var(--mat-sys-primary);
      flex: none;
    }
    .info {
      flex: 1;
      min-width: 0;
    }
    .name {
      font-weight: 500;
    }
    .kind-label {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      margin-left: 6px;
    }
    .small {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class OrganisationPageComponent {
  private readonly api = inject(IdentityApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  /** Why a unit cannot be deleted, naming only what is in the way. */
  protected deleteBlockedKey(units: number, people: number): string {
    if (units && people) return 'org.deleteBlocked';
    return units ? 'org.deleteBlockedUnits' : 'org.deleteBlockedPeople';
  }

  protected readonly canManage = computed(() => this.session.hasPermission('org:manage'));
  protected readonly units = rxResource({ stream: () => this.api.orgUnits() });
  protected readonly collapsed = signal(new Set<string>());
  private readonly tree = computed(() => (this.units.hasValue() ? buildOrgTree(this.units.value()) : []));
  /** Depth-first, skipping the children of collapsed units. */
  protected readonly visible = computed(() => {
    const closed = this.collapsed();
    const walk = (nodes: OrgTreeNode[]): OrgTreeNode[] =>
      nodes.flatMap((n) => [n, ...(closed.has(n.id) ? [] : walk(n.children))]);
    return walk(this.tree());
  });

  protected kindIcon(kind: string): string {
    return KIND_ICONS[kind] ?? 'groups';
  }

  protected toggle(id: string): void {
    const next = new Set(this.collapsed());
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed.set(next);
  }

  protected create(parent: OrgTreeNode): void {
    this.open({ mode: 'create', unit: null, parent, units: this.allUnits() }, 'org.created');
  }

  protected edit(unit: OrgTreeNode): void {
    const parent = this.allUnits().find((u) => u.id === unit.parentId) ?? null;
    this.open({ mode: 'edit', unit, parent, units: this.allUnits() }, 'org.saved');
  }

  protected async remove(unit: OrgTreeNode): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: this.i18n.t('org.deleteTitle', { name: unit.name }),
      message: this.i18n.t('org.confirmDelete', { name: unit.name }),
      confirmLabel: this.i18n.t('org.delete'),
      cancelLabel: this.i18n.t('common.cancel'),
      destructive: true,
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.api.deleteOrgUnit(unit.id));
      this.notifier.success('org.deleted', { name: unit.name });
      this.units.reload();
    } catch (error) {
      this.notifier.error(error);
    }
  }

  private allUnits(): OrgUnitDto[] {
    return this.units.hasValue() ? this.units.value() : [];
  }

  private open(data: OrgUnitDialogData, successKey: string): void {
    this.dialog
      .open(OrgUnitDialogComponent, { data })
      .afterClosed()
      .subscribe((saved: OrgUnitDto | undefined) => {
        if (!saved) return;
        this.notifier.success(successKey, { name: saved.name });
        this.units.reload();
      });
  }
}
