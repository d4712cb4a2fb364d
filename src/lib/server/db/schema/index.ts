export * from './units.js';
export * from './users.js';
export * from './citizens.js';
export * from './staff.js';
export * from './auth.js';
export * from './invitations.js';
export * from './access-log.js';
