/**
 * How far back the demo's records go: two years, so the half-year before any recent period (which
 * a report compares with: "tăng …% so với cùng kỳ") is fully covered.
 */
export const DEMO_HISTORY_DAYS = 730;
