import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_ERROR_CODES, PLAN_PROBLEM_CODES } from '@cadre/shared/contracts';
import { en } from './en';
import { zhCN } from './zh-CN';

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
];

/** Texts that read the same in both languages. */
const LANGUAGE_NEUTRAL = ['app.name', 'compensation.trace.rate'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) && !path.includes('locales') ? [path] : [];
  });
}

describe('translations', () => {
  it('ship every English key in Simplified Chinese, and nothing else', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
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

  it('define every literal key the web code uses', () => {
    const pattern = new RegExp(`'((?:${NAMESPACES.join('|')})\\.[a-zA-Z0-9_.]+)'`, 'g');
    const used = new Set<string>();
    for (const file of [
      ...sources(join(ROOT, 'apps', 'web', 'src')),
      ...sources(join(ROOT, 'libs', 'web')),
    ]) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        // Prefixes completed at run time ('people.statuses.' + status) end with a dot.
        if (!match[1].endsWith('.')) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it("translate every field error code the API may send, the commission document's too", () => {
    const codes = [...FIELD_ERROR_CODES, ...PLAN_PROBLEM_CODES];
    expect(codes.filter((code) => !(`validation.code.${code}` in en))).toEqual([]);
  });
});
