// What the app mounts and what other pages show of this feature.
export * from './lib/employee-talent-section.component';
export * from './lib/talent.routes';
export * from './i18n/talent.translations';
export * from './i18n/talent.en';
export * from './i18n/talent.zh-CN';
