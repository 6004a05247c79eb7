// What the app mounts and what other pages show of this feature.
export * from './lib/login.routes';
export * from './i18n/login.translations';
export * from './i18n/login.en';
export * from './i18n/login.zh-CN';
