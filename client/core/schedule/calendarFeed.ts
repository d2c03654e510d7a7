// The private calendar subscription address in the form calendar apps subscribe to: webcal: opens
// the member's calendar app straight at "subscribe" (the https address works when pasted).
/** 'https://…/api/calendar-feeds/abc' → 'webcal://…/api/calendar-feeds/abc'; null for anything else. */
export function webcalAddress(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url.replace(/^https?:/i, 'webcal:') : null;
}
