import { describe, expect, it } from 'vitest';
import { readProcedureForm } from './ProcedureForm.tsx';

const base = {
  code: ' 1.001193 ',
  name: 'Đăng ký khai sinh',
  sector: 'Hộ tịch',
  processingDays: '0',
  onlineLevel: 'full' as const,
  fee: '',
  civilStatusEvent: 'birth' as const,
  published: true,
};

describe('readProcedureForm', () => {
  it('reads Vietnamese amounts and trims the code', () => {
    const { input } = readProcedureForm({ ...base, fee: '50.000' });
    expect(input).toMatchObject({
      code: '1.001193',
      feeVnd: 50000,
      processingDays: 0,
      civilStatusEvent: 'birth',
    });
  });

  it('names the fields in error', () => {
    const { input, errors } = readProcedureForm({
      ...base,
      code: '1 001',
      processingDays: '5,5',
      fee: '12,5',
    });
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['code', 'fee', 'processingDays']);
  });
});
