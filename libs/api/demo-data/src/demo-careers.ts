import type { CareerTrackKind, ResultsThreshold } from '@cadre/shared/contracts';

export interface DemoLevel {
  /** The level is this role profile (demo-talent.ts). */
  profile: string;
  responsibilities: [string, string];
  certifications: string[];
  minMonths: number;
  results: ResultsThreshold[];
}

export interface DemoTrack {
  code: string;
  kind: CareerTrackKind;
  name: [string, string];
  levels: DemoLevel[];
}

const revenue = (minAttainment: string, quarters: number, ofQuarters: number): ResultsThreshold => ({
  metric: 'revenue',
  minAttainment,
  quarters,
  ofQuarters,
});

/** The handbook's two routes: rep → senior → key account → principal, and team lead → director. */
export const DEMO_TRACKS: DemoTrack[] = [
  {
    code: 'expert',
    kind: 'expert',
    name: ['Expert track', '专家通道'],
    levels: [
      {
        profile: 'account-executive',
        responsibilities: [
          'Wins new business in a territory from qualified opportunity to signature.',
          '在负责区域内从合格商机到签约赢得新业务。',
        ],
        certifications: [],
        minMonths: 0,
        results: [],
      },
      {
        profile: 'senior-account-executive',
        responsibilities: [
          'Wins larger, multi-stakeholder deals; coaches newer account executives on live deals.',
          '赢得更大、多方决策的交易；在实际商机中辅导新客户经理。',
        ],
        certifications: ['COMP-101'],
        minMonths: 12,
        results: [revenue('1.00', 2, 3)],
      },
      {
        profile: 'key-account-manager',
        responsibilities: [
          'Grows a portfolio of strategic customers with account plans and executive relationships.',
          '通过客户计划和高层关系发展一组战略客户。',
        ],
        certifications: ['COMP-101'],
        minMonths: 24,
        results: [revenue('1.00', 3, 4)],
      },
      {
        profile: 'principal-account-executive',
        responsibilities: [
          'Owns the most complex opportunities and sets how the company sells them.',
          '负责最复杂的商机，并为公司确立相应的销售方法。',
        ],
        certifications: ['COMP-101'],
        minMonths: 36,
        results: [revenue('1.10', 3, 4)],
      },
    ],
  },
  {
    code: 'management',
    kind: 'management',
    name: ['Management track', '管理通道'],
    levels: [
      {
        profile: 'team-lead',
        responsibilities: [
          'Leads three to five sellers while carrying a personal quota; runs the weekly pipeline review.',
          '在承担个人指标的同时带领三到五名销售；主持每周商机回顾。',
        ],
        certifications: ['COMP-101'],
        minMonths: 12,
        results: [revenue('1.00', 2, 3)],
      },
      {
        profile: 'sales-manager',
        responsibilities: [
          'Leads a team to its targets: hiring, coaching, forecasting and reviews (复盘).',
          '带领团队达成目标：招聘、辅导、预测与复盘。',
        ],
        certifications: ['COMP-101'],
        minMonths: 18,
        results: [revenue('1.00', 2, 4)],
      },
      {
        profile: 'regional-director',
        responsibilities: [
          'Leads the sales managers of a region to its plan and shapes its coverage.',
          '带领区域内的销售经理达成区域计划，并规划区域覆盖。',
        ],
        certifications: ['COMP-101'],
        minMonths: 24,
        results: [],
      },
      {
        profile: 'vp-sales',
        responsibilities: [
          'Leads the national sales organisation and its plan.',
          '领导全国销售组织及其计划。',
        ],
        certifications: [],
        minMonths: 36,
        results: [],
      },
    ],
  },
];

/** Moves between tracks: from this level one may be nominated to that one. */
export const DEMO_MOVES: [string, string][] = [
  ['senior-account-executive', 'team-lead'],
  ['key-account-manager', 'sales-manager'],
];

/** Where the demo people stand: employee key → level (role profile code). */
export const DEMO_POSITIONS: Record<string, string> = {
  rep: 'account-executive',
  'ae-1': 'senior-account-executive',
  'ae-2': 'account-executive',
  'ae-3': 'account-executive',
  'ae-4': 'account-executive',
  'ae-6': 'account-executive',
  'ae-5': 'account-executive',
  'kam-1': 'key-account-manager',
  'kam-2': 'key-account-manager',
  'kam-3': 'key-account-manager',
  'kam-4': 'principal-account-executive',
  'kam-5': 'key-account-manager',
  'kam-7': 'key-account-manager',
  'wg-1': 'account-executive',
  'wg-2': 'senior-account-executive',
  'wg-3': 'account-executive',
  'wg-4': 'key-account-manager',
  'wg-5': 'account-executive',
  'wg-7': 'account-executive',
  'sdr-lead': 'team-lead',
  manager: 'sales-manager',
  'ka-lead': 'sales-manager',
  'west-lead': 'sales-manager',
  'east-director': 'regional-director',
  'west-director': 'regional-director',
  'vp-sales': 'vp-sales',
};

/**
 * The rep joined with 14 months as an account executive elsewhere, which HR credited:
 * time in level counts from then (their history says so).
 */
export const REP_CREDITED_MONTHS = 14;

/**
 * Revenue attainment of the last four complete quarters, newest first: each past quarter's
 * target is set so that the seller reached this share of it (others reach 0.95).
 */
export const DEMO_PAST_ATTAINMENT: Record<string, string[]> = {
  'ae-1': ['1.12', '1.04', '0.93', '1.08'],
  'ae-2': ['1.03', '0.96', '1.01', '0.88'],
  'ae-3': ['0.74', '0.82', '0.90', '0.95'],
  'ae-4': ['0.98', '1.01', '0.92', '1.05'],
  'kam-1': ['1.06', '1.10', '1.02', '0.97'],
  'kam-4': ['1.15', '1.12', '1.08', '1.11'],
  'wg-2': ['1.01', '1.05', '0.99', '1.02'],
};

/**
 * This half's assessment for Liu Yang's team: employee key → [competency, self, manager,
 * agreed] (null where that side has not rated). Marcus Lee's is agreed and backs his
 * nomination; Xu Hao and his manager are two levels apart on negotiation (flagged).
 */
export const DEMO_ASSESSMENTS: Record<string, [string, number | null, number | null, number | null][]> = {
  'ae-2': [
    ['prospecting', 4, 4, 4],
    ['needs-analysis', 4, 4, 4],
    ['solution-presentation', 4, 3, 3],
    ['negotiation', 4, 4, 4],
    ['closing', 5, 4, 4],
    ['product-knowledge', 4, 4, 4],
    ['integrity', 5, 5, 5],
  ],
  'ae-3': [
    ['prospecting', 3, 3, null],
    ['needs-analysis', 4, 3, null],
    ['solution-presentation', 3, 3, null],
    ['negotiation', 4, 2, null],
    ['closing', 3, 3, null],
    ['product-knowledge', 3, 3, null],
    ['integrity', 4, 4, null],
  ],
  'ae-4': [
    ['prospecting', 3, null, null],
    ['needs-analysis', 3, null, null],
    ['solution-presentation', 4, null, null],
    ['negotiation', 3, null, null],
    ['closing', 3, null, null],
    ['product-knowledge', 2, null, null],
    ['integrity', 4, null, null],
  ],
};

export const DEMO_NOMINATION = {
  employee: 'ae-2',
  to: 'senior-account-executive',
  by: 'manager@cadre.test',
  justification:
    'Marcus carried the two largest renewals of the East region this year and coaches Lin Jing on live deals. His compliance certification is booked for next month.',
};

/** The steps of the senior level's learning path: title in both languages, days from the start. */
export const DEMO_SENIOR_PATH: [string, string, number][] = [
  ['Lead a deal review for a newer account executive', '为一位新客户经理主持一次商机回顾', 30],
  ['Co-own a key account plan with your manager', '与经理共同负责一份重点客户计划', 45],
  ['Run a negotiation role-play for the team', '为团队组织一次谈判角色扮演', 60],
];
