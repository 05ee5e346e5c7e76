import { describe, expect, it } from 'vitest';
import { initialValues, readOfficialForm } from './form.ts';

describe('official form', () => {
  it('reads an official with optional fields left empty', () => {
    const { input, errors } = readOfficialForm({
      ...initialValues(null),
      fullName: ' Đỗ Thị Hương ',
      position: 'Công chức Văn hóa – xã hội',
      birthYear: '1988',
      joinedOn: '1/8/2015',
    });
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      fullName: 'Đỗ Thị Hương',
      birthYear: 1988,
      gender: null,
      major: null,
      joinedOn: '2015-08-01',
      leftOn: null,
    });
  });

  it('names each wrong field', () => {
    const { input, errors } = readOfficialForm({
      ...initialValues(null),
      birthYear: '88',
      joinedOn: '1/8/2015',
      leftOn: '1/8/2014',
    });
    expect(input).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual(['birthYear', 'fullName', 'leftOn', 'position']);
    expect(readOfficialForm({ ...initialValues(null), joinedOn: '31/2/2020' }).errors.joinedOn).toBeDefined();
  });
});
