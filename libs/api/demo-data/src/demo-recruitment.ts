import type {
  ApplicationStage,
  CandidateSource,
  Recommendation,
  RequisitionStatus,
} from '@cadre/shared/contracts';

/**
 * Hiring in progress at Northwind: an open account executive requisition in Liu Yang's
 * team with candidates at every stage (scored, disagreed about, knocked out, owed a
 * scorecard, rejected), a key account manager search in Key Accounts East and a drafted
 * SDR requisition. Scorecards are by Liu Yang (manager@) and Zhao Xin (hr@), so both
 * demo logins have something to do.
 */
export interface DemoRequisition {
  key: string;
  title: string;
  profile: string;
  unit: string;
  /** Employee key of the hiring manager. */
  hiringManager: string;
  headcount: number;
  status: RequisitionStatus;
  openedDaysAgo: number | null;
  /** Seats already taken (hires), and when the last closed it. */
  filled?: number;
  closedDaysAgo?: number;
}

export interface DemoCandidate {
  key: string;
  fullName: string;
  email: string;
  phone: string;
  source: CandidateSource;
  yearsExperience: string;
  industries: string[];
  skills: string[];
  notes: string;
}

/** Login email of an interviewer. */
type Interviewer = 'manager@cadre.test' | 'hr@cadre.test';

export interface DemoScorecard {
  interviewer: Interviewer;
  recommendation: Recommendation;
  /** One rating per competency of the profile, in the profile's order. */
  ratings: number[];
  summary: string;
}

export interface DemoApplication {
  candidate: string;
  requisition: string;
  /** The stages it went through after "applied", each with days ago and a reason. */
  moves: [ApplicationStage, number, string][];
  appliedDaysAgo: number;
  interviewers: Interviewer[];
  scorecards: DemoScorecard[];
  /** For a "hired" application: the demo employee it became (their gaps become development needs). */
  hiredEmployee?: string;
}

export const DEMO_REQUISITIONS: DemoRequisition[] = [
  {
    key: 'ae-analytics',
    title: 'Account Executive, Analytics Instruments',
    profile: 'account-executive',
    unit: 'analytics',
    hiringManager: 'manager',
    headcount: 2,
    status: 'open',
    openedDaysAgo: 30,
  },
  {
    key: 'kam-east',
    title: 'Key Account Manager, Key Accounts East',
    profile: 'key-account-manager',
    unit: 'key-accounts',
    hiringManager: 'ka-lead',
    headcount: 1,
    status: 'open',
    openedDaysAgo: 12,
  },
  {
    // Filled three weeks ago: Huang Jie (rep@) was hired through it.
    key: 'ae-analytics-autumn',
    title: 'Account Executive, Analytics Instruments (autumn)',
    profile: 'account-executive',
    unit: 'analytics',
    hiringManager: 'manager',
    headcount: 1,
    status: 'filled',
    openedDaysAgo: 75,
    filled: 1,
    closedDaysAgo: 19,
  },
  {
    key: 'sdr-west',
    title: 'Sales Development Representative, Inside Sales',
    profile: 'sdr',
    unit: 'inside',
    hiringManager: 'sdr-lead',
    headcount: 3,
    status: 'draft',
    openedDaysAgo: null,
  },
];

const candidate = (
  key: string,
  fullName: string,
  phone: string,
  source: CandidateSource,
  yearsExperience: string,
  industries: string[],
  skills: string[],
  notes = '',
): DemoCandidate => ({
  key,
  fullName,
  email: `${key}@mail.example`,
  phone,
  source,
  yearsExperience,
  industries,
  skills,
  notes,
});

export const DEMO_CANDIDATES: DemoCandidate[] = [
  candidate(
    'huang.jie',
    'Huang Jie',
    '+86 136 1000 2000',
    'referral',
    '3',
    ['analytical instruments'],
    ['consultative selling', 'CRM'],
    'Hired three weeks ago; now in Liu Yang’s team (rep@cadre.test).',
  ),
  candidate(
    'chen.jing',
    'Chen Jing',
    '+86 138 1000 2001',
    'referral',
    '6',
    ['laboratory equipment', 'life sciences'],
    ['solution selling', 'tender management'],
    'Referred by Wu Tingting; strong references from two hospital labs.',
  ),
  candidate(
    'wu.hao',
    'Wu Hao',
    '+86 139 1000 2002',
    'linkedin',
    '4.5',
    ['industrial automation'],
    ['MEDDICC', 'Salesforce'],
  ),
  candidate(
    'zhou.lan',
    'Zhou Lan',
    '+86 137 1000 2003',
    'job_board',
    '5',
    ['analytical instruments', 'pharma'],
    ['negotiation', 'key account planning'],
  ),
  candidate(
    'sun.qiang',
    'Sun Qiang',
    '+86 136 1000 2004',
    'agency',
    '3',
    ['consumer electronics'],
    ['retail channel sales'],
  ),
  candidate(
    'ma.lin',
    'Ma Lin',
    '+86 135 1000 2005',
    'career_site',
    '3.5',
    ['medical devices'],
    ['clinical demos', 'CRM discipline'],
  ),
  candidate(
    'he.yu',
    'He Yu',
    '+86 134 1000 2006',
    'campus',
    '1',
    ['analytical chemistry'],
    ['product demos'],
  ),
  candidate(
    'gao.fei',
    'Gao Fei',
    '+86 133 1000 2007',
    'job_board',
    '7',
    ['test and measurement'],
    ['channel management', 'forecasting'],
  ),
  candidate(
    'lin.tao',
    'Lin Tao',
    '+86 132 1000 2008',
    'event',
    '4',
    ['software'],
    ['pre-sales engineering'],
    'Met at the Shanghai analytica fair.',
  ),
  candidate(
    'xu.li',
    'Xu Li',
    '+86 131 1000 2009',
    'referral',
    '9',
    ['semiconductors', 'analytical instruments'],
    ['strategic account plans', 'executive relationships'],
  ),
  candidate('deng.bo', 'Deng Bo', '+86 130 1000 2010', 'linkedin', '6', ['pharma'], ['contract negotiation']),
];

const MANAGER: Interviewer = 'manager@cadre.test';
const HR: Interviewer = 'hr@cadre.test';

// Account executive competencies, in order: prospecting (3), needs analysis (4, must),
// solution presentation (4), negotiation (3), closing (4, must), product knowledge (3),
// integrity (4, must).
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    // The demo rep's own hire: the gaps these scorecards show are their development needs.
    candidate: 'huang.jie',
    requisition: 'ae-analytics-autumn',
    appliedDaysAgo: 60,
    moves: [
      ['screening', 56, ''],
      ['interview', 48, ''],
      ['assessment', 40, 'Good instincts; prospecting and negotiation to grow'],
      ['offer', 30, ''],
      ['hired', 19, 'hired as Account Executive'],
    ],
    interviewers: [MANAGER, HR],
    scorecards: [
      {
        interviewer: MANAGER,
        recommendation: 'yes',
        ratings: [3, 4, 2, 4, 3, 4, 4],
        summary: 'Listens well and asks good questions; needs practice in negotiation and prospecting.',
      },
      {
        interviewer: HR,
        recommendation: 'yes',
        ratings: [3, 4, 3, 4, 3, 4, 5],
        summary: 'Values fit is strong; a first sales role in instruments, so product depth will take time.',
      },
    ],
    hiredEmployee: 'rep',
  },
  {
    candidate: 'chen.jing',
    requisition: 'ae-analytics',
    appliedDaysAgo: 26,
    moves: [
      ['screening', 24, 'Relevant lab equipment experience'],
      ['interview', 20, ''],
      ['assessment', 14, 'Both interviewers recommend'],
      ['offer', 5, 'Role-play went very well'],
    ],
    interviewers: [MANAGER, HR],
    scorecards: [
      {
        interviewer: MANAGER,
        recommendation: 'strong_yes',
        ratings: [4, 5, 4, 3, 4, 4, 5],
        summary: 'Ran the discovery like a consultant; closed the role-play with a clear next step.',
      },
      {
        interviewer: HR,
        recommendation: 'yes',
        ratings: [3, 4, 4, 4, 4, 3, 5],
        summary: 'Consistent examples, honest about a lost tender and what she learned.',
      },
    ],
  },
  {
    candidate: 'wu.hao',
    requisition: 'ae-analytics',
    appliedDaysAgo: 21,
    moves: [
      ['screening', 19, ''],
      ['interview', 15, ''],
      ['assessment', 7, 'Good fit; check presentation skills in the role-play'],
    ],
    interviewers: [MANAGER, HR],
    scorecards: [
      {
        interviewer: MANAGER,
        recommendation: 'yes',
        ratings: [4, 4, 3, 3, 4, 3, 4],
        summary: 'Structured and coachable; presentation was feature-led.',
      },
      {
        interviewer: HR,
        recommendation: 'yes',
        ratings: [3, 4, 4, 3, 4, 3, 4],
        summary: 'Solid closer with good pipeline habits.',
      },
    ],
  },
  {
    candidate: 'zhou.lan',
    requisition: 'ae-analytics',
    appliedDaysAgo: 18,
    moves: [
      ['screening', 16, ''],
      ['interview', 10, ''],
    ],
    interviewers: [MANAGER, HR],
    scorecards: [
      {
        interviewer: MANAGER,
        recommendation: 'no',
        ratings: [3, 4, 4, 2, 5, 2, 4],
        summary: 'Conceded price twice without asking for anything back.',
      },
      {
        interviewer: HR,
        recommendation: 'yes',
        ratings: [3, 4, 4, 5, 4, 3, 4],
        summary: 'Described a tough multi-year renegotiation convincingly.',
      },
    ],
  },
  {
    candidate: 'sun.qiang',
    requisition: 'ae-analytics',
    appliedDaysAgo: 17,
    moves: [
      ['screening', 15, ''],
      ['interview', 9, ''],
    ],
    interviewers: [MANAGER],
    scorecards: [
      {
        interviewer: MANAGER,
        recommendation: 'no',
        ratings: [4, 3, 3, 3, 3, 3, 4],
        summary: 'Energetic prospector; retail habits, little discovery and no close.',
      },
    ],
  },
  {
    candidate: 'ma.lin',
    requisition: 'ae-analytics',
    appliedDaysAgo: 11,
    moves: [
      ['screening', 9, ''],
      ['interview', 2, 'Interview with Liu Yang on Thursday'],
    ],
    interviewers: [MANAGER],
    scorecards: [],
  },
  {
    candidate: 'he.yu',
    requisition: 'ae-analytics',
    appliedDaysAgo: 6,
    moves: [['screening', 3, 'Junior; consider for the SDR opening too']],
    interviewers: [],
    scorecards: [],
  },
  {
    candidate: 'gao.fei',
    requisition: 'ae-analytics',
    appliedDaysAgo: 2,
    moves: [],
    interviewers: [],
    scorecards: [],
  },
  {
    candidate: 'lin.tao',
    requisition: 'ae-analytics',
    appliedDaysAgo: 20,
    moves: [
      ['screening', 18, ''],
      ['rejected', 17, 'Looking for a pre-sales engineering role rather than a quota'],
    ],
    interviewers: [],
    scorecards: [],
  },
  {
    candidate: 'xu.li',
    requisition: 'kam-east',
    appliedDaysAgo: 10,
    moves: [['screening', 8, 'Strong semiconductor accounts']],
    interviewers: [],
    scorecards: [],
  },
  {
    candidate: 'deng.bo',
    requisition: 'kam-east',
    appliedDaysAgo: 4,
    moves: [],
    interviewers: [],
    scorecards: [],
  },
];
