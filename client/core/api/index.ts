// The REST side of the client: typed calls, errors, the signed-in session and form state.
export * from './apiError';
export * from './client';
export * from './groupDetails';
export * from './labels';
export * from './palette';
export * from './permissions';
export * from './resource';
export * from './responses';
export * from './services';
export * from './session';
export * from './submission';
export * from './time';
export * from './validation';
