// What the app mounts.
export * from './lib/mentoring.routes';
export * from './lib/employee-mentoring-section.component';
export * from './i18n/mentoring.translations';
export * from './i18n/mentoring.en';
export * from './i18n/mentoring.zh-CN';
