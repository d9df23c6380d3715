export * from './case-record';
export * from './dates';
export * from './provenance';
