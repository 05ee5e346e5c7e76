import { describe, expect, it } from 'vitest';
import { groupByPassage, shortTitle, splitPassages, withQuote } from './passages.ts';

describe('splitPassages', () => {
  it('makes one passage per paragraph, labelled by its heading or its rank', () => {
    const text =
      'Điều 3. Mỗi hộ đóng góp 20.000 đồng/tháng.\r\n\r\nViệc cưới tổ chức gọn.\n  \nMục  2: Bố trí đất ở mới.\n';
    expect(splitPassages(text)).toEqual([
      { label: 'Điều 3', body: 'Điều 3. Mỗi hộ đóng góp 20.000 đồng/tháng.' },
      { label: 'Đoạn 2', body: 'Việc cưới tổ chức gọn.' },
      { label: 'Mục 2', body: 'Mục  2: Bố trí đất ở mới.' },
    ]);
  });

  it('keeps lines of one paragraph together and ignores blank text', () => {
    expect(splitPassages('Chương II\nQuy định chung')).toEqual([
      { label: 'Chương II', body: 'Chương II\nQuy định chung' },
    ]);
    expect(splitPassages(' \n\n ')).toEqual([]);
  });
});

describe('groupByPassage', () => {
  const passages = [
    { id: 'p1', label: 'Điều 1', body: 'a' },
    { id: 'p2', label: 'Điều 2', body: 'b' },
  ];
  it('puts general opinions first, then passages in order, leaving out the empty ones', () => {
    const groups = groupByPassage(
      [
        { id: 'o1', passageId: 'p2' },
        { id: 'o2', passageId: null },
        { id: 'o3', passageId: 'p2' },
      ],
      passages,
      'Toàn bộ dự thảo',
    );
    expect(groups.map((g) => [g.label, g.opinions.map((o) => o.id)])).toEqual([
      ['Toàn bộ dự thảo', ['o2']],
      ['Điều 2', ['o1', 'o3']],
    ]);
  });
});

describe('shortTitle', () => {
  it('keeps short text and cuts long text on a word', () => {
    expect(shortTitle('  Đề nghị   làm rõ ')).toBe('Đề nghị làm rõ');
    expect(shortTitle('Đề nghị làm rõ phương án hỗ trợ cho các hộ', 20)).toBe('Đề nghị làm rõ…');
  });
});

describe('withQuote', () => {
  it('puts the selection in quotation marks before the comment, replacing an earlier quote', () => {
    expect(withQuote('', '  không quá\n2 ngày ')).toBe('“không quá 2 ngày” ');
    expect(withQuote('“không quá 2 ngày” Đề nghị 3 ngày.', 'tổ chức gọn')).toBe(
      '“tổ chức gọn” Đề nghị 3 ngày.',
    );
    expect(withQuote('“cũ” Ý kiến', '')).toBe('Ý kiến');
  });
  it('shortens a long selection', () => {
    expect(withQuote('', 'a'.repeat(10), 5)).toBe('“aaaa…” ');
  });
});
