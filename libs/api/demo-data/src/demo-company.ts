import type { EmployeeStatus, OrgUnitKind, Role } from '@cadre/shared/contracts';

/**
 * Northwind Instruments (诺风仪器): a believable mid-size B2B sales organisation whose
 * national sales org shows every structure of the handbook: regions, a product-line team,
 * a key-accounts (customer segment) team and a mixed (composite) team.
 */
export interface DemoUnit {
  key: string;
  name: string;
  kind: OrgUnitKind;
  parent: string | null;
  manager: string | null;
}

export interface DemoEmployee {
  key: string;
  fullName: string;
  email: string;
  jobTitle: string;
  unit: string;
  manager: string | null;
  /** Either a fixed date or days before "today", so the new hire is always new. */
  hired: string | { daysAgo: number };
  status?: EmployeeStatus;
}

export interface DemoLogin {
  email: string;
  displayName: string;
  roles: Role[];
  employee: string;
}

export const DEMO_PASSWORD = 'cadre-demo';

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'company', name: 'Northwind Instruments', kind: 'company', parent: null, manager: 'ceo' },
  { key: 'ops', name: 'Sales Operations', kind: 'team', parent: 'company', manager: 'ops-lead' },
  { key: 'people', name: 'People & Talent', kind: 'team', parent: 'company', manager: 'hr-lead' },
  { key: 'national', name: 'National Sales', kind: 'region', parent: 'company', manager: 'vp-sales' },
  { key: 'east', name: 'East Region', kind: 'region', parent: 'national', manager: 'east-director' },
  { key: 'west', name: 'West Region', kind: 'region', parent: 'national', manager: 'west-director' },
  {
    key: 'analytics',
    name: 'Analytics Instruments Team',
    kind: 'product_line',
    parent: 'east',
    manager: 'manager',
  },
  {
    key: 'key-accounts',
    name: 'Key Accounts East',
    kind: 'customer_segment',
    parent: 'east',
    manager: 'ka-lead',
  },
  { key: 'west-mixed', name: 'West Growth Team', kind: 'composite', parent: 'west', manager: 'west-lead' },
  { key: 'inside', name: 'Inside Sales (SDR)', kind: 'team', parent: 'west', manager: 'sdr-lead' },
];

const e = (
  key: string,
  fullName: string,
  email: string,
  jobTitle: string,
  unit: string,
  manager: string | null,
  hired: DemoEmployee['hired'],
  status?: EmployeeStatus,
): DemoEmployee => ({
  key,
  fullName,
  email: `${email}@northwind.example`,
  jobTitle,
  unit,
  manager,
  hired,
  status,
});

export const DEMO_EMPLOYEES: DemoEmployee[] = [
  e('ceo', 'Gao Jianguo', 'gao.jianguo', 'Chief Executive Officer', 'company', null, '2014-03-01'),
  e('vp-sales', 'Chen Wei', 'chen.wei', 'VP Sales', 'national', 'ceo', '2016-05-09'),
  e('ops-lead', 'Sun Li', 'sun.li', 'Sales Operations Director', 'ops', 'ceo', '2017-08-14'),
  e('hr-lead', 'Zhao Xin', 'zhao.xin', 'HR Business Partner, Sales', 'people', 'ceo', '2019-02-18'),
  e(
    'recruiter',
    'Emma Clarke',
    'emma.clarke',
    'Talent Acquisition Specialist',
    'people',
    'hr-lead',
    '2022-06-06',
  ),
  e('comp-analyst', 'Qian Yu', 'qian.yu', 'Compensation Analyst', 'ops', 'ops-lead', '2021-09-01'),
  // East Region
  e(
    'east-director',
    'Zhou Min',
    'zhou.min',
    'Regional Sales Director, East',
    'east',
    'vp-sales',
    '2017-11-20',
  ),
  e(
    'manager',
    'Liu Yang',
    'liu.yang',
    'Sales Manager, Analytics Instruments',
    'analytics',
    'east-director',
    '2018-04-02',
  ),
  e('rep', 'Huang Jie', 'huang.jie', 'Account Executive', 'analytics', 'manager', { daysAgo: 19 }),
  e('ae-1', 'Wu Tingting', 'wu.tingting', 'Senior Account Executive', 'analytics', 'manager', '2019-07-15'),
  e('ae-2', 'Marcus Lee', 'marcus.lee', 'Account Executive', 'analytics', 'manager', '2021-03-08'),
  e('ae-3', 'Xu Hao', 'xu.hao', 'Account Executive', 'analytics', 'manager', '2022-10-10'),
  e('ae-4', 'Lin Jing', 'lin.jing', 'Account Executive', 'analytics', 'manager', '2023-05-22'),
  // Hired this quarter, still waiting for a mentor (the cohort in the mentoring programme).
  e('ae-6', 'Zhang Wen', 'zhang.wen', 'Account Executive', 'analytics', 'manager', { daysAgo: 6 }),
  e('se-1', 'Ma Rui', 'ma.rui', 'Solutions Engineer', 'analytics', 'manager', '2020-01-13'),
  e(
    'ae-5',
    'Sophie Martin',
    'sophie.martin',
    'Account Executive',
    'analytics',
    'manager',
    '2024-02-26',
    'on_leave',
  ),
  e(
    'ka-lead',
    'He Jun',
    'he.jun',
    'Key Account Director, East',
    'key-accounts',
    'east-director',
    '2016-09-05',
  ),
  e('kam-1', 'Guo Meiling', 'guo.meiling', 'Key Account Manager', 'key-accounts', 'ka-lead', '2018-12-03'),
  e('kam-2', 'Daniel Wong', 'daniel.wong', 'Key Account Manager', 'key-accounts', 'ka-lead', '2020-06-29'),
  e('kam-3', 'Zheng Shu', 'zheng.shu', 'Key Account Manager', 'key-accounts', 'ka-lead', '2021-11-15'),
  e('kam-4', 'Tang Lei', 'tang.lei', 'Senior Key Account Manager', 'key-accounts', 'ka-lead', '2017-03-27'),
  e('kam-5', 'Feng Xue', 'feng.xue', 'Key Account Manager', 'key-accounts', 'ka-lead', '2023-08-07'),
  e('kam-7', 'Ruby Zhou', 'ruby.zhou', 'Key Account Manager', 'key-accounts', 'ka-lead', { daysAgo: 10 }),
  e(
    'kam-6',
    'Olivia Chen',
    'olivia.chen',
    'Key Account Coordinator',
    'key-accounts',
    'ka-lead',
    '2024-09-02',
  ),
  // West Region
  e(
    'west-director',
    'Yang Fan',
    'yang.fan',
    'Regional Sales Director, West',
    'west',
    'vp-sales',
    '2018-01-08',
  ),
  e(
    'west-lead',
    'Deng Chao',
    'deng.chao',
    'Sales Manager, West Growth',
    'west-mixed',
    'west-director',
    '2019-04-22',
  ),
  e('wg-1', 'Ye Qing', 'ye.qing', 'Account Executive', 'west-mixed', 'west-lead', '2020-08-17'),
  e('wg-2', 'Cao Bin', 'cao.bin', 'Senior Account Executive', 'west-mixed', 'west-lead', '2018-10-29'),
  e('wg-3', 'Priya Nair', 'priya.nair', 'Account Executive', 'west-mixed', 'west-lead', '2022-01-10'),
  e('wg-4', 'Peng Yue', 'peng.yue', 'Key Account Manager', 'west-mixed', 'west-lead', '2021-05-31'),
  e('wg-5', 'Jiang Tao', 'jiang.tao', 'Account Executive', 'west-mixed', 'west-lead', '2023-03-13'),
  e('wg-6', 'Lu Xiaoyan', 'lu.xiaoyan', 'Channel Partner Manager', 'west-mixed', 'west-lead', '2020-11-02'),
  e('wg-7', 'Shen Kai', 'shen.kai', 'Account Executive', 'west-mixed', 'west-lead', '2024-07-01'),
  e('wg-8', 'Han Lu', 'han.lu', 'Account Executive', 'west-mixed', 'west-lead', '2022-09-19', 'left'),
  e('sdr-lead', 'Kong Ming', 'kong.ming', 'SDR Team Lead', 'inside', 'west-director', '2020-03-16'),
  e('sdr-1', 'Bai Lu', 'bai.lu', 'Sales Development Representative', 'inside', 'sdr-lead', '2024-04-08'),
  e(
    'sdr-2',
    'Tom Becker',
    'tom.becker',
    'Sales Development Representative',
    'inside',
    'sdr-lead',
    '2025-01-06',
  ),
  e('sdr-3', 'Yin Na', 'yin.na', 'Sales Development Representative', 'inside', 'sdr-lead', '2025-03-03'),
  e('sdr-4', 'Song Jia', 'song.jia', 'Sales Development Representative', 'inside', 'sdr-lead', '2025-06-16'),
  e('sdr-5', 'Luo Bo', 'luo.bo', 'Sales Development Representative', 'inside', 'sdr-lead', { daysAgo: 45 }),
  e(
    'sdr-6',
    'Mia Schneider',
    'mia.schneider',
    'Sales Development Representative',
    'inside',
    'sdr-lead',
    '2024-11-11',
  ),
  e('sdr-7', 'Wei Lan', 'wei.lan', 'Sales Development Representative', 'inside', 'sdr-lead', '2025-08-25'),
];

export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'admin@cadre.test', displayName: 'Sun Li', roles: ['admin'], employee: 'ops-lead' },
  { email: 'hr@cadre.test', displayName: 'Zhao Xin', roles: ['hr'], employee: 'hr-lead' },
  { email: 'manager@cadre.test', displayName: 'Liu Yang', roles: ['manager'], employee: 'manager' },
  { email: 'rep@cadre.test', displayName: 'Huang Jie', roles: ['rep'], employee: 'rep' },
  // The rep's mentor, to show mentoring from the mentor's side.
  { email: 'mentor@cadre.test', displayName: 'Wu Tingting', roles: ['rep'], employee: 'ae-1' },
  // The next-level manager above Liu Yang: approves the promotions HR has reviewed.
  { email: 'director@cadre.test', displayName: 'Zhou Min', roles: ['manager'], employee: 'east-director' },
  // Pays commissions out: plans, runs and the second approval.
  { email: 'finance@cadre.test', displayName: 'Qian Yu', roles: ['finance'], employee: 'comp-analyst' },
];
