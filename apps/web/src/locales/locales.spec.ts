import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_PROBLEM_ENGLISH } from '@cadre/compensation/engine';
import { FIELD_ERROR_CODES, PLAN_PROBLEM_CODES } from '@cadre/shared/contracts';
import { careerEn, careerZhCN } from '@cadre/web/careers/feature-career';
import { payEn, payZhCN } from '@cadre/web/compensation/feature-pay';
import { compensationEn, compensationZhCN } from '@cadre/web/compensation/feature-simulator';
import { statementEn, statementZhCN } from '@cadre/web/compensation/ui';
import { adminEn, adminZhCN } from '@cadre/web/identity/feature-admin';
import { homeEn, homeZhCN } from '@cadre/web/identity/feature-home';
import { loginEn, loginZhCN } from '@cadre/web/identity/feature-login';
import { profileEn, profileZhCN } from '@cadre/web/identity/feature-profile';
import { learningEn, learningZhCN } from '@cadre/web/learning/feature-learning';
import { mentoringEn, mentoringZhCN } from '@cadre/web/mentorship/feature-mentoring';
import { performanceEn, performanceZhCN } from '@cadre/web/performance/feature-performance';
import { recruitmentEn, recruitmentZhCN } from '@cadre/web/recruitment/feature-pipeline';
import { talentEn, talentZhCN } from '@cadre/web/talent/feature-library';
import { en as appEn } from './en';
import { zhCN as appZhCN } from './zh-CN';

const ROOT = join(__dirname, '..', '..', '..', '..');
const NAMESPACES = [
  'app',
  'common',
  'errors',
  'validation',
  'roles',
  'theme',
  'nav',
  'paginator',
  'login',
  'home',
  'people',
  'person',
  'fields',
  'org',
  'users',
  'audit',
  'profile',
  'talent',
  'recruitment',
  'compensation',
  'learning',
  'mentoring',
  'career',
  'performance',
  'pay',
  'notifications',
];

/** Texts that read the same in both languages. */
const LANGUAGE_NEUTRAL = [
  'app.name',
  'compensation.trace.rate',
  'pay.statement.title',
  'pay.builder.json',
  'career.promotion.move',
];

/**
 * The app's words (every screen's), then each feature's, registered when its routes are
 * entered: a key a feature uses must be in its own dictionary or the app's.
 */
const DICTIONARIES = [
  { name: 'app', dirs: [join('apps', 'web', 'src'), join('libs', 'web')], en: appEn, zh: appZhCN },
  {
    name: 'compensation',
    // The statement view (ui) is shown only inside the simulator.
    dirs: [
      join('libs', 'web', 'compensation', 'feature-simulator'),
      join('libs', 'web', 'compensation', 'ui'),
      join('libs', 'compensation', 'engine', 'src', 'lib'),
    ],
    en: { ...compensationEn, ...statementEn },
    zh: { ...compensationZhCN, ...statementZhCN },
  },
  { name: 'talent', dirs: [join('libs', 'web', 'talent', 'feature-library')], en: talentEn, zh: talentZhCN },
  { name: 'pay', dirs: [join('libs', 'web', 'compensation', 'feature-pay')], en: payEn, zh: payZhCN },
  {
    name: 'learning',
    dirs: [join('libs', 'web', 'learning', 'feature-learning')],
    en: learningEn,
    zh: learningZhCN,
  },
  {
    name: 'mentoring',
    dirs: [join('libs', 'web', 'mentorship', 'feature-mentoring')],
    en: mentoringEn,
    zh: mentoringZhCN,
  },
  {
    name: 'career',
    dirs: [join('libs', 'web', 'careers', 'feature-career')],
    en: careerEn,
    zh: careerZhCN,
  },
  {
    name: 'performance',
    dirs: [join('libs', 'web', 'performance', 'feature-performance')],
    en: performanceEn,
    zh: performanceZhCN,
  },
  {
    name: 'recruitment',
    dirs: [join('libs', 'web', 'recruitment', 'feature-pipeline')],
    en: recruitmentEn,
    zh: recruitmentZhCN,
  },
  { name: 'login', dirs: [join('libs', 'web', 'identity', 'feature-login')], en: loginEn, zh: loginZhCN },
  { name: 'home', dirs: [join('libs', 'web', 'identity', 'feature-home')], en: homeEn, zh: homeZhCN },
  { name: 'admin', dirs: [join('libs', 'web', 'identity', 'feature-admin')], en: adminEn, zh: adminZhCN },
  {
    name: 'profile',
    dirs: [join('libs', 'web', 'identity', 'feature-profile')],
    en: profileEn,
    zh: profileZhCN,
  },
];
const en: Record<string, string> = Object.assign({}, ...DICTIONARIES.map((d) => d.en));
const zhCN: Record<string, string> = Object.assign({}, ...DICTIONARIES.map((d) => d.zh));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) && !/locales|i18n\//.test(path)
      ? [path]
      : [];
  });
}

describe('translations', () => {
  it('ship every English key in Simplified Chinese, and nothing else, dictionary by dictionary', () => {
    for (const d of DICTIONARIES)
      expect([d.name, Object.keys(d.zh).sort()]).toEqual([d.name, Object.keys(d.en).sort()]);
  });

  it('give each key one home', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const d of DICTIONARIES)
      for (const key of Object.keys(d.en)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${d.name})`);
        seen.set(key, d.name);
      }
    expect(twice).toEqual([]);
  });

  it('leave no Chinese text empty or untranslated', () => {
    const same = Object.keys(en).filter((k) => !LANGUAGE_NEUTRAL.includes(k) && zhCN[k] === en[k]);
    expect(same).toEqual([]);
    expect(Object.values(zhCN).filter((v) => !v.trim())).toEqual([]);
  });

  it('keep the same {placeholders} in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(',');
    const differing = Object.keys(en).filter((k) => placeholders(en[k]) !== placeholders(zhCN[k]));
    expect(differing).toEqual([]);
  });

  it("define every literal key the web code uses, where that code's screens can reach it", () => {
    const pattern = new RegExp(`'((?:${NAMESPACES.join('|')})\\.[a-zA-Z0-9_.]+)'`, 'g');
    const usedIn = (dirs: string[], keep: (file: string) => boolean = () => true) => {
      const used = new Set<string>();
      for (const file of dirs.flatMap((dir) => sources(join(ROOT, dir))).filter(keep)) {
        for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
          // Prefixes completed at run time ('people.statuses.' + status) end with a dot.
          if (!match[1].endsWith('.')) used.add(match[1]);
        }
      }
      return used;
    };
    const features = DICTIONARIES.slice(1);
    const inFeature = (file: string) =>
      features.some((d) => d.dirs.some((dir) => file.startsWith(join(ROOT, dir))));
    // Screens outside the features (the shell, identity, core, shared UI) have only the app's words.
    const shared = [...usedIn(DICTIONARIES[0].dirs, (file) => !inFeature(file))];
    expect(shared.filter((key) => !(key in appEn))).toEqual([]);
    let total = shared.length;
    for (const d of features) {
      const used = [...usedIn(d.dirs)];
      total += used.length;
      expect([d.name, used.filter((key) => !(key in appEn) && !(key in d.en))]).toEqual([d.name, []]);
    }
    // The scan itself works: Cadre's screens use several hundred keys.
    expect(total).toBeGreaterThan(400);
  });

  it("translate every field error code the API may send, the commission document's too", () => {
    const codes = [...FIELD_ERROR_CODES, ...PLAN_PROBLEM_CODES];
    expect(codes.filter((code) => !(`validation.code.${code}` in appEn))).toEqual([]);
  });

  it("says a commission document's problems in English exactly as the engine does", () => {
    const differing = PLAN_PROBLEM_CODES.filter(
      (code) => appEn[`validation.code.${code}`] !== PLAN_PROBLEM_ENGLISH[code],
    );
    expect(differing).toEqual([]);
  });
});
