import type { LetterKind, LetterStatus, Paper, SubjectNames } from './schema.ts';

/**
 * Default letters of "Chính quyền thân thiện", editable per commune. Placeholders in braces are
 * filled from the dossier; one that has no value becomes "……" for the officer to complete.
 */
export const defaultTemplates: Record<
  LetterKind,
  { title: string; recipient: string; body: string; paper: Paper }
> = {
  newborn: {
    title: 'THƯ CHÚC MỪNG',
    recipient: 'Ông {father} và Bà {mother}',
    body: [
      'Nhân dịp gia đình đón cháu {child} chào đời, thay mặt Ủy ban nhân dân {commune}, tôi xin gửi tới ông bà và gia đình lời chúc mừng tốt đẹp nhất.',
      'Chúc cháu {child} luôn khỏe mạnh, ngoan ngoãn, mau lớn; chúc gia đình luôn mạnh khỏe, hạnh phúc.',
      'Ủy ban nhân dân {commune} mong gia đình quan tâm chăm sóc, nuôi dạy cháu, thực hiện đầy đủ việc tiêm chủng, đăng ký cư trú và bảo hiểm y tế cho cháu theo quy định.',
    ].join('\n'),
    paper: 'A5',
  },
  marriage: {
    title: 'THƯ CHÚC MỪNG',
    recipient: 'Anh {husband} và Chị {wife}',
    body: [
      'Nhân dịp anh chị đăng ký kết hôn, thay mặt Ủy ban nhân dân {commune}, tôi xin gửi tới anh chị và hai bên gia đình lời chúc mừng tốt đẹp nhất.',
      'Chúc anh chị trăm năm hạnh phúc, cùng nhau xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc và văn minh.',
    ].join('\n'),
    paper: 'A5',
  },
  condolence: {
    title: 'THƯ CHIA BUỒN',
    recipient: 'Gia đình {family}',
    body: [
      'Được tin {deceased} đã từ trần, thay mặt Ủy ban nhân dân {commune}, tôi xin gửi tới gia đình lời chia buồn sâu sắc nhất.',
      'Mong gia đình sớm vượt qua nỗi đau mất mát, giữ gìn sức khỏe. Ủy ban nhân dân {commune} sẵn sàng hỗ trợ gia đình hoàn tất các thủ tục liên quan (xóa đăng ký thường trú, trợ cấp mai táng) theo quy định.',
    ].join('\n'),
    paper: 'A5',
  },
};

export const placeholders = [
  'child',
  'father',
  'mother',
  'husband',
  'wife',
  'deceased',
  'family',
  'commune',
] as const;

const missing = '……';

/** Fills `{name}` placeholders; reports whether every one found a value. */
export function fillTemplate(text: string, values: Record<string, string | null | undefined>) {
  let complete = true;
  const filled = text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key]?.trim();
    if (v) return v;
    complete = false;
    return missing;
  });
  return { text: filled, complete };
}

export const isComplete = (...texts: string[]) => texts.every((t) => !t.includes(missing));

/** Values for the placeholders: the dossier's names, the applicant as the family by default. */
export function letterValues(names: SubjectNames | null, applicant: string | null, commune: string) {
  return { ...names, family: names?.family ?? applicant, commune };
}

/** What may happen to a letter next, as data (the UI shows these buttons). */
export const allowedActions = {
  draft: ['edit', 'refill', 'markSent', 'cancel'],
  sent: [],
  cancelled: [],
} as const satisfies Record<LetterStatus, readonly string[]>;
