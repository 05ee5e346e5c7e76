import { describe, expect, it } from 'vitest';
import { initialValues, readInitiativeForm } from './form.ts';

const blank = initialValues(null);

describe('initiative form', () => {
  it('reads dates day first, Vietnamese numbers and drops empty figure rows', () => {
    const { input, errors } = readInitiativeForm({
      ...blank,
      name: ' Con đường hoa ',
      startedOn: '3/2/2025',
      figures: [
        { label: 'Chiều dài', value: '2.500,5', unit: 'm' },
        { label: '', value: '', unit: '' },
      ],
      replicatedFromText: 'Mô hình của xã An Hòa',
    });
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      name: 'Con đường hoa',
      startedOn: '2025-02-03',
      endedOn: null,
      villageId: null,
      figures: [{ label: 'Chiều dài', value: 2500.5, unit: 'm' }],
      replicatedFromId: null,
      replicatedFromText: 'Mô hình của xã An Hòa',
    });
  });

  it('names each wrong field', () => {
    const { input, errors } = readInitiativeForm({
      ...blank,
      organisation: 'other',
      startedOn: '10/5/2025',
      endedOn: '1/5/2025',
      figures: [{ label: 'Số hộ', value: 'nhiều', unit: 'hộ' }],
    });
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['endedOn', 'figures.0', 'name', 'organisationName']);
  });
});
