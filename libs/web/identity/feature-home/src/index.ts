// What the app mounts and what other pages show of this feature.
export * from './lib/home.routes';
