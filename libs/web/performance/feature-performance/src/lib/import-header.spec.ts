import type { MetricDto } from '@cadre/shared/contracts';
import { headerCells, unmatchedColumns } from './import-header';

const metric = (code: string): MetricDto => ({
  id: code,
  code,
  nameEn: code,
  nameZh: code,
  unit: 'money',
  currency: 'CNY',
  aggregation: 'sum',
  higherIsBetter: true,
});

describe('the import header, read in the browser', () => {
  it('splits a header as CSV, quotes and doubled quotes honoured', () => {
    expect(headerCells('external_id,"Closed, on","Say ""hi""",revenue')).toEqual([
      'external_id',
      'Closed, on',
      'Say "hi"',
      'revenue',
    ]);
  });

  it('says which required fields and metrics the header does not name', () => {
    expect(
      unmatchedColumns(
        ['Deal', 'Date', 'Employee', 'Share', 'Revenue'],
        [metric('revenue'), metric('units')],
      ),
    ).toEqual({
      required: ['external_id'],
      metrics: ['units'],
    });
  });
});
