export * from './badge';
export * from './due-reminders';
export * from './reminder-run';
export * from './reminder-text';
