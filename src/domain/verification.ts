// How sure we are of a rule's source (RULES.md): V read in the law or an official page,
// P partial (secondary source or detail missing), U unverified. Administrators see the label,
// so an unverified default is never mistaken for settled law.
export type Verification = 'V' | 'P' | 'U';

export const verificationLabel: Record<Verification, string> = {
  V: 'đã xác minh',
  P: 'xác minh một phần',
  U: 'chưa xác minh',
};
