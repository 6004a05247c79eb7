// What the app mounts and what other pages show of this feature.
export * from './lib/home.routes';
export * from './i18n/home.translations';
export * from './i18n/home.en';
export * from './i18n/home.zh-CN';
