export * from './calendar-events';
export * from './calendar-ics';
export * from './case-report';
export * from './cases-csv';
export * from './generated-notice';
