export * from './case-glance';
export * from './format-date';
export * from './labels';
export * from './relative-phrase';
export * from './sort-findings';
