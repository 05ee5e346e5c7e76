// Vietnamese text arrives in two Unicode forms: precomposed (NFC, what keyboards on Windows and
// most phones send) and decomposed (NFD, macOS file names, some PDF and Word exports). They look the
// same and compare different, so every input is stored as NFC and every search compares folded keys.

/** The NFC form of `text`; apply to every piece of input text before storing or comparing it. */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/**
 * A key for search and sorting-insensitive matching: no diacritics, "đ" → "d", lower case, single
 * spaces. "Hồ Sơ  Đất đai" → "ho so dat dai", so typing "ho so" finds "hồ sơ".
 */
export function searchKey(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // "đ" has no decomposition; U+00D0 "Ð" (Icelandic eth) turns up in legacy data for "Đ".
      .replace(/[đĐÐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Whether `text` contains `query`, ignoring case and diacritics. */
export function matchesSearch(text: string, query: string): boolean {
  return searchKey(text).includes(searchKey(query));
}
