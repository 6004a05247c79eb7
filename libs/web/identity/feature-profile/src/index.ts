// What the app mounts and what other pages show of this feature.
export * from './lib/profile.routes';
export * from './i18n/profile.translations';
export * from './i18n/profile.en';
export * from './i18n/profile.zh-CN';
