import { resolveImportColumns } from './import-columns';

describe('resolveImportColumns', () => {
  it('matches headers to fields regardless of case and spaces, and finds the metric columns', () => {
    const result = resolveImportColumns(
      ['External ID', 'Date', 'EMPLOYEE', 'share', 'Revenue', 'notes'],
      ['revenue', 'units'],
    );
    expect(result).toMatchObject({
      ok: true,
      columns: {
        fields: { external_id: 0, date: 1, employee: 2, share: 3, overlay: -1 },
        metrics: [{ code: 'revenue', index: 4 }],
        width: 6,
      },
    });
  });

  it('follows the mapping step for headers that differ', () => {
    const result = resolveImportColumns(['Deal', 'Closed', 'Owner', 'Split', 'Amount'], ['revenue'], {
      external_id: 'Deal',
      date: 'Closed',
      employee: 'Owner',
      share: 'Split',
      revenue: 'Amount',
    });
    expect(result.ok && result.columns.headers).toEqual({
      external_id: 'Deal',
      date: 'Closed',
      employee: 'Owner',
      share: 'Split',
      revenue: 'Amount',
    });
  });

  it('names what is wrong with a header', () => {
    expect(resolveImportColumns(['external_id;date;employee'], ['revenue'])).toMatchObject({
      ok: false,
      failure: 'wrong_delimiter',
    });
    expect(resolveImportColumns(['external_id', 'date', 'revenue'], ['revenue'])).toMatchObject({
      ok: false,
      failure: 'missing_columns',
      params: { columns: 'employee, share' },
    });
    expect(resolveImportColumns(['external_id', 'date', 'employee', 'share'], ['revenue'])).toMatchObject({
      failure: 'missing_columns',
      params: { columns: '<metric>' },
    });
    expect(resolveImportColumns(['date', 'Date'], [])).toMatchObject({
      failure: 'duplicate_columns',
      params: { column: 'Date' },
    });
  });
});
