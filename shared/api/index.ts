// The REST contract between client and server: route table, schemas, response types, error codes.
// Documented for people in docs/api.md and docs/api.openapi.json.
export * from './breakoutPlan';
export * from './errors';
export * from './responses';
export * from './routes';
export * from './schedule';
export * from './schemas';
