export * from './limits';
export * from './profile/schema';
export * from './profile/types';
export * from './profile/defaults';
export * from './auth/roles';
