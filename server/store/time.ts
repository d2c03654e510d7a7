// Times are stored as ISO-8601 UTC text with milliseconds: fixed width, so text order is time
// order in SQL on both databases.

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
