import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPlaceAndDate,
  formatTime,
  formatVnd,
  parseDate,
  vnDate,
} from './format.ts';

describe('formatNumber', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(4080)).toBe('4.080');
    expect(formatNumber(2988.35)).toBe('2.988,35');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(98.8, 1)).toBe('98,8');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('dates', () => {
  it('shows instants in Vietnam time as dd/mm/yyyy HH:mm', () => {
    expect(formatDateTime('2025-01-31T17:30:00Z')).toBe('01/02/2025 00:30');
    expect(formatDateTime('2025-06-30T02:05:00+07:00')).toBe('30/06/2025 02:05');
  });

  it('formats and parses calendar dates day first', () => {
    expect(formatDate('2025-01-31')).toBe('31/01/2025');
    expect(parseDate('31/1/2025')).toBe('2025-01-31');
    expect(parseDate(' 01.07.2025 ')).toBe('2025-07-01');
    expect(parseDate('29/2/2024')).toBe('2024-02-29');
  });

  it('rejects dates that do not exist or are month first', () => {
    expect(parseDate('29/2/2023')).toBeNull();
    expect(parseDate('1/13/2024')).toBeNull();
    expect(parseDate('2025-01-31')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});

describe('shared Vietnamese module', () => {
  it('formats percentages and document dates the way reports do', () => {
    expect(formatPercent(0.975)).toBe('97,5%');
    expect(formatPercent(0.9875)).toBe('98,8%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatLongDate('2024-06-03')).toBe('ngày 03 tháng 6 năm 2024');
    expect(formatPlaceAndDate('Tân Phú', '2025-02-09')).toBe('Tân Phú, ngày 09 tháng 02 năm 2025');
    expect(formatVnd(50000)).toBe('50.000 đồng');
  });

  it('takes today in Vietnam, not in the browser zone', () => {
    expect(vnDate(new Date('2025-01-31T17:30:00Z'))).toBe('2025-02-01');
    expect(formatTime('2025-01-31T17:30:00Z')).toBe('00:30');
  });
});
