export * from './lib/page-header.component';
export * from './lib/empty-state.component';
export * from './lib/stat-card.component';
export * from './lib/loading-block.component';
export * from './lib/error-state.component';
export * from './lib/radar-chart.component';
export * from './lib/dialog-footer.component';
export * from './lib/confirm-dialog.component';
