export * from './lib/i18n.service';
export * from './lib/translate.pipe';
export * from './lib/local-date.pipe';
export * from './lib/bilingual.pipe';
export * from './lib/translated-paginator-intl';
