/** Statement status chips: the same colours on every pay screen. */
export const STATUS_STYLES = `
  .status {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 12px;
    font: var(--mat-sys-label-small);
    white-space: nowrap;
    background: var(--mat-sys-surface-container-high);
  }
  .status.manager_approved {
    background: var(--mat-sys-secondary-container);
    color: var(--mat-sys-on-secondary-container);
  }
  .status.locked {
    background: var(--mat-sys-primary-container);
    color: var(--mat-sys-on-primary-container);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 8px;
    border-bottom: 1px solid var(--mat-sys-outline-variant);
    vertical-align: middle;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .muted {
    color: var(--mat-sys-on-surface-variant);
  }
  .section {
    font: var(--mat-sys-title-medium);
    margin: 24px 0 12px;
  }
`;
