export * from './lib/statement-text';
export * from './lib/statement-view.component';
