// What the app mounts and what other pages show of this feature.
export * from './lib/recruitment.routes';
export * from './i18n/recruitment.translations';
export * from './i18n/recruitment.en';
export * from './i18n/recruitment.zh-CN';
