// What the app mounts and what other pages show of this feature.
export * from './lib/compensation.routes';
export * from './i18n/compensation.translations';
export * from './i18n/compensation.en';
export * from './i18n/compensation.zh-CN';
