// What the app mounts.
export * from './lib/learning.routes';
export * from './lib/employee-learning-section.component';
export * from './i18n/learning.translations';
export * from './i18n/learning.en';
export * from './i18n/learning.zh-CN';
