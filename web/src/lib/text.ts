// Accent-insensitive matching from the shared Vietnamese module: "ho tich" finds "Hộ tịch".
export { matchesSearch, searchKey } from '../../../src/domain/vi/index.ts';
