export * from './case-record';
export * from './dates';
export * from './page-read';
export * from './provenance';
