import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import type { DisputeDto } from '@cadre/shared/contracts';
import { SessionStore } from '@cadre/web/core';
import { ResolveDisputeDialogComponent } from './resolve-dispute-dialog.component';

/** Who may settle a dispute (the server decides the rest), and the dialog that does it. */
@Injectable({ providedIn: 'root' })
export class DisputeSettling {
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);

  readonly canSettle = (d: DisputeDto): boolean =>
    d.status === 'open' &&
    d.employeeId !== this.session.user()?.employeeId &&
    (this.session.hasPermission('compensation:approve-team') ||
      this.session.hasPermission('compensation:manage'));

  /** True when the dispute was settled, false when the dialog was cancelled. */
  async settle(d: DisputeDto): Promise<boolean> {
    return Boolean(
      await firstValueFrom(this.dialog.open(ResolveDisputeDialogComponent, { data: d }).afterClosed()),
    );
  }
}
