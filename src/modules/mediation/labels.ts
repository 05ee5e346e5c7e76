// This module's vocabulary and its Vietnamese labels, without zod: the web app imports this file
// as it is, so the labels exist once.

export const mediationFields = ['land', 'family', 'neighbour', 'civil', 'other'] as const;
export const mediationResults = ['successful', 'unsuccessful', 'ongoing'] as const;
export type MediationResult = (typeof mediationResults)[number];

export const fieldLabels: Record<(typeof mediationFields)[number], string> = {
  land: 'Đất đai',
  family: 'Hôn nhân và gia đình',
  neighbour: 'Mâu thuẫn láng giềng',
  civil: 'Dân sự khác',
  other: 'Khác',
};
export const resultLabels: Record<MediationResult, string> = {
  successful: 'Hòa giải thành',
  unsuccessful: 'Hòa giải không thành',
  ongoing: 'Đang hòa giải',
};
