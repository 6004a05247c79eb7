import type { LearningReportDto } from '@cadre/shared/contracts';
import { csvField, learningReportCsv } from './learning-report-csv';

const words = {
  scope: 'Scope',
  unit: 'Name',
  course: 'Course',
  code: 'Code',
  enrolled: 'Enrolled',
  completed: 'Completed',
  overdue: 'Overdue',
  completion: 'Completion %',
  unitScope: 'Org unit',
  courseScope: 'Course',
};

describe('the learning report as CSV', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    expect(csvField('East, North')).toBe('"East, North"');
    expect(csvField('The "A" team')).toBe('"The ""A"" team"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
  });

  it('has a row per unit (indented by depth) and per course, with completion to one decimal', () => {
    const report: LearningReportDto = {
      asOf: '2026-11-28',
      units: [
        {
          unitId: 'r',
          name: 'East',
          kind: 'region',
          parentId: null,
          depth: 0,
          enrolled: 3,
          completed: 1,
          overdue: 1,
        },
        {
          unitId: 't',
          name: 'Team A',
          kind: 'team',
          parentId: 'r',
          depth: 1,
          enrolled: 0,
          completed: 0,
          overdue: 0,
        },
      ],
      courses: [
        {
          courseId: 'c',
          code: 'COMP-101',
          title: { en: 'Compliance', zh: '合规' },
          enrolled: 2,
          completed: 2,
          overdue: 0,
        },
      ],
    };
    const csv = learningReportCsv(report, words, (t) => t.zh);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Scope,Name,Code,Enrolled,Completed,Overdue,Completion %',
      'Org unit,East,,3,1,1,33.3',
      'Org unit,  Team A,,0,0,0,0.0',
      'Course,合规,COMP-101,2,2,0,100.0',
      '',
    ]);
  });
});
