import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { intakeText } from './intake.ts';
import { valuesOf } from './test-helpers.ts';

// Excerpts of real reports published on commune and news sites (not in shared/ examples), each
// with its source on the first line. The expected values were read by hand from the text; a
// lower bound ("hơn 700") is expected with its qualifier. See docs/intake.md for the measured rate.
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('Nguồn:'))
    .join('\n');

interface Expected {
  file: string;
  commune: { name: string | null; district?: string | null; province?: string | null };
  period: string | null;
  indicators: Record<string, number[]>;
  qualifiers?: Record<string, string>;
  findings: string[];
}

const EXPECTED: Expected[] = [
  {
    file: 'vinh-ha-dan-van-2022.txt',
    commune: { name: 'Vinh Hà', district: 'Phú Vang', province: null },
    // The date it was signed is not its period, and the excerpt states none.
    period: null,
    indicators: {
      'profile.areaHa': [2941.86],
      'profile.households': [2782],
      'profile.population': [11376],
      'profile.villages': [5],
    },
    findings: [],
  },
  {
    file: 'quang-phu-tiep-cong-dan-quy-3-2023.txt',
    commune: { name: 'Quảng Phú', district: 'Quảng Điền' },
    period: '2023-Q3',
    indicators: { 'reception.citizens.total': [0] },
    findings: [],
  },
  {
    file: 'hoai-hai-mot-cua-9-thang-2022.txt',
    commune: { name: 'Hoài Hải' },
    period: '2022-9M',
    indicators: {},
    findings: [],
  },
  {
    file: 'cam-ha-6-thang-2022.txt',
    commune: { name: 'Cẩm Hà' },
    // "6 tháng đầu năm và … 6 tháng cuối năm 2022" reports on the first half.
    period: '2022-H1',
    indicators: {},
    findings: [],
  },
  {
    file: 'binh-duong-cap-xa-2021.txt',
    commune: { name: null },
    period: '2021',
    indicators: {
      'onestop.dossiers.received': [904497],
      'onestop.dossiers.resolved': [904298],
      'onestop.dossiers.resolvedEarlyOrOnTime': [904225],
      'onestop.dossiers.resolvedLate': [73],
    },
    findings: [],
  },
  {
    file: 'phu-luong-mot-cua-quy-1-2023.txt',
    commune: { name: null, district: null },
    period: null,
    indicators: {
      'onestop.dossiers.received': [700],
      'onestop.dossiers.receivedOnline': [568],
      'onestop.dossiers.resolved': [600],
      'onestop.dossiers.resolvedEarly': [587],
      'onestop.dossiers.resolvedOnTime': [19],
      'onestop.dossiers.resolvedLate': [3],
      'onestop.dossiers.pending': [100],
      'onestop.dossiers.pendingOverdue': [1],
    },
    qualifiers: {
      'onestop.dossiers.received': 'atLeast',
      'onestop.dossiers.resolved': 'atLeast',
      'onestop.dossiers.pending': 'atLeast',
    },
    findings: [],
  },
];

describe('real reports outside examples/', () => {
  for (const expected of EXPECTED) {
    it(`${expected.file}: commune, period, every stated indicator, no false flag`, () => {
      const result = intakeText(fixture(expected.file), expected.file);
      expect(result.commune).toMatchObject(expected.commune);
      expect(result.period?.label ?? null).toBe(expected.period);
      expect(valuesOf(result)).toEqual(expected.indicators);
      for (const [key, qualifier] of Object.entries(expected.qualifiers ?? {})) {
        expect(result.indicators[key]?.qualifier).toBe(qualifier);
      }
      expect(result.findings.map((f) => f.rule)).toEqual(expected.findings);
    });
  }

  it('extracts every stated indicator exactly (17 of 17 values)', () => {
    let stated = 0;
    let exact = 0;
    for (const expected of EXPECTED) {
      const got = valuesOf(intakeText(fixture(expected.file)));
      for (const [key, values] of Object.entries(expected.indicators)) {
        stated += values.length;
        exact += values.filter((v, i) => got[key]?.[i] === v).length;
      }
    }
    expect(stated).toBe(17);
    expect(exact / stated).toBe(1);
  });

  it('keeps the stated shares and finds the aggregate consistent (904.225 + 73 = 904.298; 99,99%; 0,01%)', () => {
    const result = intakeText(fixture('binh-duong-cap-xa-2021.txt'));
    expect(result.indicators['onestop.dossiers.resolvedEarlyOrOnTime']?.share?.value).toBe(99.99);
    expect(result.indicators['onestop.dossiers.resolvedLate']?.share?.value).toBe(0.01);
  });
});
