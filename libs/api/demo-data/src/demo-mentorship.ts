import type { MentoringLanguage } from '@cadre/shared/contracts';

export interface DemoMentor {
  employee: string;
  capacity: number;
  languages: MentoringLanguage[];
  availability: string;
  /** Competency code, level shown by their evidence (the annual assessment), level claimed. */
  strengths: { code: string; evidence: number | null; level: number; reason?: string }[];
}

/** Five mentors across the regions, strong where new account executives are weak. */
export const DEMO_MENTORS: DemoMentor[] = [
  {
    employee: 'ae-1',
    capacity: 2,
    languages: ['zh', 'en'],
    availability: 'Tuesday and Thursday mornings',
    strengths: [
      { code: 'needs-analysis', evidence: 4, level: 4 },
      { code: 'solution-presentation', evidence: 4, level: 4 },
      { code: 'product-knowledge', evidence: 5, level: 5 },
    ],
  },
  {
    employee: 'kam-4',
    capacity: 3,
    languages: ['zh'],
    availability: 'Friday afternoons',
    strengths: [
      { code: 'negotiation', evidence: 5, level: 5 },
      { code: 'account-management', evidence: 5, level: 5 },
      { code: 'closing', evidence: 4, level: 4 },
    ],
  },
  {
    employee: 'wg-2',
    capacity: 2,
    languages: ['zh', 'en'],
    availability: 'Any weekday after 16:00',
    strengths: [
      { code: 'prospecting', evidence: 4, level: 4 },
      {
        code: 'negotiation',
        evidence: 3,
        level: 4,
        reason: 'Led the West Growth pricing negotiations for two years',
      },
    ],
  },
  {
    employee: 'se-1',
    capacity: 1,
    languages: ['en', 'zh'],
    availability: 'Wednesdays',
    strengths: [
      { code: 'product-knowledge', evidence: 5, level: 5 },
      { code: 'solution-presentation', evidence: 4, level: 4 },
    ],
  },
  {
    employee: 'sdr-lead',
    capacity: 3,
    languages: ['zh'],
    availability: 'Monday mornings',
    strengths: [
      { code: 'prospecting', evidence: 5, level: 5 },
      { code: 'crm-discipline', evidence: 4, level: 4 },
      { code: 'resilience', evidence: 4, level: 4 },
    ],
  },
];

/** This quarter's hires without a mentor yet, with the gaps their hiring showed. */
export const DEMO_COHORT: { employee: string; needs: [code: string, current: number, target: number][] }[] = [
  {
    employee: 'ae-6',
    needs: [
      ['needs-analysis', 2, 4],
      ['product-knowledge', 2, 4],
    ],
  },
  {
    employee: 'kam-7',
    needs: [
      ['negotiation', 3, 4],
      ['account-management', 2, 4],
    ],
  },
  {
    employee: 'sdr-5',
    needs: [
      ['prospecting', 2, 3],
      ['crm-discipline', 2, 3],
    ],
  },
];
