// The one Vietnamese formatting module: numbers, percentages, dates, document references, text.
export { formatDate, formatLongDate, formatPlaceAndDate, parseViDate } from './dates.ts';
export {
  type DecimalFormatOptions,
  formatDecimal,
  formatInt,
  formatPercent,
  parseViNumber,
  parseViPercent,
} from './numbers.ts';
export { type DocumentReference, formatReference } from './reference.ts';
export { type RoundedParts, roundHalfAwayFromZero, shiftDecimal } from './rounding.ts';
export { matchesSearch, normalizeText, searchKey } from './text.ts';
