// What the app mounts.
export * from './lib/performance.routes';
export * from './i18n/performance.translations';
export * from './i18n/performance.en';
export * from './i18n/performance.zh-CN';
