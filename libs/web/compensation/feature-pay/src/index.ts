// What the app mounts.
export * from './lib/pay.routes';
export * from './i18n/pay.translations';
export * from './i18n/pay.en';
export * from './i18n/pay.zh-CN';
