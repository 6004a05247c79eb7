export * from './lib/requisitions-page.component';
export * from './lib/pipeline-page.component';
export * from './lib/application-page.component';
export * from './lib/compare-page.component';
export * from './lib/owed-scorecards-section.component';
