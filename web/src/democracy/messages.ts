export const nav = {
  section: 'Dân chủ cơ sở',
  documents: 'Sổ văn bản',
  disclosure: 'Công khai',
  consultation: 'Lấy ý kiến dự thảo',
  settings: 'Cài đặt',
} as const;
