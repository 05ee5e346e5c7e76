import { describe, expect, it } from 'vitest';
import {
  findingCounts,
  findingValues,
  inspectionValues,
  readFindingForm,
  readInspectionForm,
} from './form.ts';
import type { Finding } from './types.ts';

const finding = (over: Partial<Finding>): Finding => ({
  id: 'f',
  description: 'x',
  responsible: 'y',
  dueOn: null,
  fixedOn: null,
  fixNote: null,
  overdue: false,
  ...over,
});

describe('inspection forms', () => {
  it('counts open and overdue findings', () => {
    expect(
      findingCounts({
        findings: [
          finding({ fixedOn: '2025-01-01' }),
          finding({ overdue: true, dueOn: '2025-01-01' }),
          finding({ dueOn: '2099-01-01' }),
        ],
      }),
    ).toEqual({ total: 3, open: 2, overdue: 1 });
  });

  it('reads a round and names its wrong fields', () => {
    const ok = readInspectionForm({
      ...inspectionValues(null),
      title: 'Tự kiểm tra CCHC',
      subject: 'Bộ phận Một cửa',
      conductedBy: 'Tổ kiểm tra',
      startsOn: '5/5/2025',
    });
    expect(ok.input).toMatchObject({ startsOn: '2025-05-05', endsOn: null, conclusion: null });
    const bad = readInspectionForm({ ...inspectionValues(null), startsOn: '5/5/2025', endsOn: '1/5/2025' });
    expect(Object.keys(bad.errors).sort()).toEqual(['conductedBy', 'endsOn', 'subject', 'title']);
  });

  it('reads a finding with optional dates', () => {
    const { input } = readFindingForm({
      ...findingValues(null),
      description: 'Niêm yết chưa đủ thủ tục',
      responsible: 'Công chức Văn phòng',
      dueOn: '30/6/2025',
    });
    expect(input).toEqual({
      description: 'Niêm yết chưa đủ thủ tục',
      responsible: 'Công chức Văn phòng',
      dueOn: '2025-06-30',
      fixedOn: null,
      fixNote: null,
    });
    expect(readFindingForm({ ...findingValues(null), fixedOn: 'hôm qua' }).errors.fixedOn).toBeDefined();
  });
});
