import { describe, expect, it } from 'vitest';
import { entryValues, movementValues, readEntryForm, readMovementForm, totalsByKind } from './form.ts';
import type { CommunicationEntry } from './types.ts';

describe('movement and communication forms', () => {
  it('reads a movement and refuses an end before its start', () => {
    expect(
      readMovementForm({ ...movementValues(null), name: 'Dân vận khéo 2025', startsOn: '20/2/2025' }).input,
    ).toEqual({
      name: 'Dân vận khéo 2025',
      planDocumentId: null,
      startsOn: '2025-02-20',
      endsOn: null,
      description: '',
    });
    expect(
      readMovementForm({ ...movementValues(null), name: 'x', startsOn: '20/2/2025', endsOn: '1/1/2025' })
        .errors,
    ).toHaveProperty('endsOn');
  });

  it('reads counts written with thousands dots and names wrong fields', () => {
    const { input } = readEntryForm({
      ...entryValues(null),
      kind: 'contest',
      date: '1/9/2025',
      title: 'Cuộc thi tìm hiểu pháp luật',
      participants: '1.250',
      entries: '312',
    });
    expect(input).toMatchObject({ quantity: 1, participants: 1250, entries: 312, movementId: null });
    const bad = readEntryForm({ ...entryValues(null), quantity: '0', participants: 'nhiều' });
    expect(Object.keys(bad.errors).sort()).toEqual(['date', 'participants', 'quantity', 'title']);
  });

  it('adds up the log by kind', () => {
    const e = (kind: CommunicationEntry['kind'], quantity: number, participants: number | null) =>
      ({ kind, quantity, participants, entries: null }) as CommunicationEntry;
    const t = totalsByKind([e('broadcast', 3, null), e('broadcast', 2, null), e('conference', 1, 120)]);
    expect(t.get('broadcast')).toEqual({ times: 2, quantity: 5, participants: 0, entries: 0 });
    expect(t.get('conference')?.participants).toBe(120);
  });
});
