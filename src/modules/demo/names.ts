import type { Random } from './random.ts';

// The people of the demo: applicants, petitioners, parties, and the families named in letters.

const familyNames = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Kim'];
const givenNames = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Yến',
];

/** "Lê Văn Tâm": three draws, family, middle and given name in that order. */
export const personName = (random: Random) =>
  `${random.pick(familyNames)} ${random.pick(middleNames)} ${random.pick(givenNames)}`;

/** Given names of newborns in birth letters (the family name is the father's). */
export const childNames = [
  'An',
  'Bảo',
  'Châu',
  'Duy',
  'Gia Huy',
  'Hà My',
  'Khánh',
  'Minh Anh',
  'Ngọc Hân',
  'Phúc',
  'Tuệ Lâm',
  'Quỳnh',
];

/** Mothers and wives named in birth and marriage letters. */
export const womenNames = [
  'Nguyễn Thị Hoa',
  'Trần Thị Lan',
  'Lê Thị Thu',
  'Phạm Thị Hằng',
  'Vũ Thị Nga',
  'Đỗ Thị Yến',
  'Hoàng Thị Mai',
];
/** Husbands named in marriage letters. */
export const menNames = [
  'Nguyễn Văn Nam',
  'Trần Đức Long',
  'Lê Quang Huy',
  'Phạm Văn Sơn',
  'Bùi Minh Tuấn',
  'Đặng Văn Hải',
];
