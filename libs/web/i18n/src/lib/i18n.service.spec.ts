import { TestBed } from '@angular/core/testing';
import { I18n, TRANSLATIONS } from './i18n.service';

describe('I18n', () => {
  const setup = () => {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: TRANSLATIONS,
          useValue: {
            en: { hello: 'Hello, {name}', 'only.en': 'English only', count: '{n} of {total}' },
            'zh-CN': { hello: '你好，{name}', count: '第 {n} 个，共 {total} 个' },
          },
        },
      ],
    });
    return TestBed.inject(I18n);
  };

  beforeEach(() => localStorage.clear());

  it('fills placeholders, and leaves a missing one visible', () => {
    const i18n = setup();
    i18n.use('en');
    expect(i18n.t('hello', { name: 'Li Na' })).toBe('Hello, Li Na');
    expect(i18n.t('count', { n: 3 })).toBe('3 of {total}');
  });

  it('switches language, sets <html lang> and remembers the choice', () => {
    const i18n = setup();
    i18n.use('zh-CN');
    expect(i18n.t('hello', { name: '李娜' })).toBe('你好，李娜');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('cadre.locale')).toBe('zh-CN');
  });

  it('falls back to English, then to the key itself', () => {
    const i18n = setup();
    i18n.use('zh-CN');
    expect(i18n.t('only.en')).toBe('English only');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('starts in the remembered language', () => {
    localStorage.setItem('cadre.locale', 'zh-CN');
    expect(setup().locale()).toBe('zh-CN');
  });

  it("adds a feature's words when it registers them, once", () => {
    const i18n = setup();
    i18n.use('zh-CN');
    expect(i18n.t('feature.title')).toBe('feature.title');
    const feature = { en: { 'feature.title': 'Pipeline' }, 'zh-CN': { 'feature.title': '招聘流程' } };
    i18n.register(feature);
    i18n.register(feature);
    expect(i18n.t('feature.title')).toBe('招聘流程');
    expect(i18n.t('hello', { name: '李娜' })).toBe('你好，李娜');
    i18n.use('en');
    expect(i18n.t('feature.title')).toBe('Pipeline');
  });

  it("picks the reader's language from bilingual data, the other when it is empty", () => {
    const i18n = setup();
    i18n.use('zh-CN');
    expect(i18n.pick({ en: 'Negotiation', zh: '谈判' })).toBe('谈判');
    expect(i18n.pick({ en: 'Negotiation', zh: '' })).toBe('Negotiation');
    i18n.use('en');
    expect(i18n.pick({ en: '', zh: '谈判' })).toBe('谈判');
  });
});
