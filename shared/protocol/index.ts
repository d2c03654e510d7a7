// The wire contract between client and server: event maps, payload schemas and error codes.
// Documented for people in docs/protocol.md.
export * from './errors';
export * from './events';
export * from './media';
export * from './schemas';
export * from './session';
