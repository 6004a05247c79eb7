import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  inject,
  provideAppInitializer,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import {
  authInterceptor,
  provideEmployeePageSection,
  provideHomeSection,
  SessionStore,
} from '@cadre/web/core';
import { TRANSLATIONS } from '@cadre/web/i18n';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    // The session refresh starts with the app, not once the router has loaded the first
    // page's code and reached its guard (which then awaits this same request); not awaited.
    provideAppInitializer(() => {
      void inject(SessionStore).refresh();
    }),
    { provide: TRANSLATIONS, useValue: { en, 'zh-CN': zhCN } },
    // The sections of a person's page, contributed by each feature, loaded when first shown.
    provideEmployeePageSection({
      key: 'identity',
      order: 10,
      load: () => import('@cadre/web/identity/feature-admin').then((m) => m.EmployeeIdentitySectionComponent),
    }),
    provideEmployeePageSection({
      key: 'talent',
      order: 20,
      load: () => import('@cadre/web/talent/feature-library').then((m) => m.EmployeeTalentSectionComponent),
    }),
    provideEmployeePageSection({
      key: 'learning',
      order: 30,
      load: () =>
        import('@cadre/web/learning/feature-learning').then((m) => m.EmployeeLearningSectionComponent),
    }),
    provideEmployeePageSection({
      key: 'mentoring',
      order: 40,
      load: () =>
        import('@cadre/web/mentorship/feature-mentoring').then((m) => m.EmployeeMentoringSectionComponent),
    }),
    provideEmployeePageSection({
      key: 'career',
      order: 50,
      load: () => import('@cadre/web/careers/feature-career').then((m) => m.EmployeeCareerSectionComponent),
    }),
    provideHomeSection({
      key: 'recruitment',
      order: 10,
      permission: 'recruitment:participate',
      load: () => import('@cadre/web/recruitment/widgets').then((m) => m.OwedScorecardsSectionComponent),
    }),
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { appearance: 'outline', subscriptSizing: 'dynamic' },
    },
  ],
};
