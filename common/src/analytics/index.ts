export * from './catalog';
export * from './events';
export * from './time';
export * from './rollup';
export * from './admin';
