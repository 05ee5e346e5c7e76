// How a commune's name is written on a form: "Xã Tân Phú" → "UBND XÃ TÂN PHÚ", "UBND xã Tân Phú", "Tân Phú".

const prefixes = ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'];

function split(name: string): { prefix: string; place: string } {
  const n = name.normalize('NFC').trim();
  const prefix = prefixes.find((p) => n.startsWith(`${p} `));
  return prefix ? { prefix, place: n.slice(prefix.length + 1) } : { prefix: '', place: n };
}

/** "Tân Phú": the place in the dateline ("Tân Phú, ngày 21 tháng 11 năm 2026"). */
export function placeName(name: string): string {
  return split(name).place;
}

/** "UBND xã Tân Phú": the committee inside a sentence. */
export function committeeInText(name: string): string {
  const { prefix, place } = split(name);
  return prefix ? `UBND ${prefix.toLowerCase()} ${place}` : `UBND ${place}`;
}

/** "XÃ TÂN PHÚ": the commune line of a header, upper case. */
export function upperName(name: string): string {
  return name.normalize('NFC').trim().toLocaleUpperCase('vi');
}
