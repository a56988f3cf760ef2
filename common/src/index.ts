export * from './limits';
export * from './profile/schema';
export * from './profile/types';
export * from './profile/defaults';
export * from './auth/roles';
export * from './chat/limits';
export * from './chat/ids';
export * from './chat/presence';
export * from './chat/mentions';
export * from './chat/richText';
export * from './chat/schema';
export * from './notifications/schema';
export * from './moderation/schema';
export * from './certificates/schema';
export * from './moderation/classifier';
// Learning: schema and pure grading/progress logic. The cannon-es engine is NOT exported here (it
// would reach every bundle that imports the index): import '@aether/common/simulation/engine'.
export * from './learning/schema';
export * from './learning/grading';
export * from './learning/progress';
export * from './simulation/params';
export * from './simulation/rng';
