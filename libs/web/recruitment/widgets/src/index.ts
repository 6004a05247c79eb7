export * from './lib/owed-scorecards-section.component';
