// What the app mounts.
export * from './lib/career.routes';
export * from './lib/employee-career-section.component';
export * from './i18n/career.translations';
export * from './i18n/career.en';
export * from './i18n/career.zh-CN';
