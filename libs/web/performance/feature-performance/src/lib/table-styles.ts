/** The tables of the performance screens: ruled rows, numbers right-aligned, scrolling sideways when wide. */
export const TABLE_STYLES = `
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
    vertical-align: top;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  .act {
    text-align: end;
    white-space: nowrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
