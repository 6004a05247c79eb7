export * from './errors/app-error';
export * from './errors/notifier';
export * from './session/session.store';
export * from './session/guards';
export * from './http/auth.interceptor';
export * from './theme/theme.service';
export * from './errors/submission';
