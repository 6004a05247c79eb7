import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Permission } from '@cadre/shared/contracts';
import { I18n, TRANSLATIONS } from '@cadre/web/i18n';
import { permittedTabs } from './permitted-tabs';
import { SessionStore } from './session.store';

describe('permittedTabs', () => {
  const signIn = (permissions: Permission[]) =>
    TestBed.inject(SessionStore).accept(
      {
        accessToken: 'a',
        expiresIn: 900,
        refreshToken: 'r',
        user: {
          id: 'u',
          email: 'm@cadre.test',
          displayName: 'M',
          roles: ['manager'],
          permissions,
          employeeId: null,
          locale: 'en',
        },
      },
      false,
    );

  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: TRANSLATIONS,
          useValue: {
            en: { 'x.mine': 'Mine', 'x.team': 'Team' },
            'zh-CN': { 'x.mine': '我的', 'x.team': '团队' },
          },
        },
      ],
    }),
  );
  afterEach(() => localStorage.clear());

  it("keeps the tabs the reader's permissions open, labelled in their language, and follows both", () => {
    const tabs = TestBed.runInInjectionContext(() =>
      permittedTabs([
        { path: '/x', key: 'x.mine', permission: 'performance:read' },
        { path: '/x/team', key: 'x.team', permission: 'performance:set-targets' },
      ]),
    );
    expect(tabs()).toEqual([]);
    signIn(['performance:read']);
    expect(tabs()).toEqual([{ path: '/x', label: 'Mine' }]);
    signIn(['performance:read', 'performance:set-targets']);
    TestBed.inject(I18n).use('zh-CN');
    expect(tabs()).toEqual([
      { path: '/x', label: '我的' },
      { path: '/x/team', label: '团队' },
    ]);
  });
});
