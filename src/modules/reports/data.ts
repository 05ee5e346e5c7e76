import type { OnestopCounts } from '../onestop/indicators.ts';
import type { Genre } from './model.ts';
import type { ReportPeriod } from './period.ts';

/** Everything a draft is composed from: figures, lists, and the previous report's judgement text. */
export interface ReportData {
  genre: Genre;
  commune: { code: string; name: string; provinceName: string; districtName: string | null; demo: boolean };
  period: ReportPeriod;
  indicators: Readonly<Record<string, number>>;
  /** The same indicators for the previous period ("cùng kỳ"), when there is data for it. */
  previous: Readonly<Record<string, number>> | null;
  onestop: OnestopCounts | null;
  /** Documents the committee issued in the period (the document register), for section II. */
  documents: readonly { reference: string; typeName: string; date: string; summary: string }[];
  /** Judgement paragraphs of the commune's previous report of the same genre, by section id. */
  judgement: Readonly<Record<string, string[]>>;
  /** Date of the report (today, Asia/Ho_Chi_Minh). */
  date: string;
  signer: { authority: 'TM.' | 'KT.' | 'Q.'; title: string; name: string };
}
