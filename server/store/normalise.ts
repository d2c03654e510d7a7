// The canonical forms that uniqueness is checked on, so look-alike spellings collide.

/** Emails compare without case or surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * "Sam", " sam " and "ＳＡＭ" (full-width) are the same name in a group: NFKC folds compatibility
 * forms, then case and runs of whitespace are ignored.
 */
export function normalisePseudonym(pseudonym: string): string {
  return pseudonym.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase().normalize('NFKC');
}
