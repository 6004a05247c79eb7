// What the app mounts and what other pages show of this feature.
export * from './lib/people/employee-identity-section.component';
export * from './lib/admin.routes';
export * from './i18n/admin.translations';
export * from './i18n/admin.en';
export * from './i18n/admin.zh-CN';
