/** The "Dân vận" section of the staff menu. */
export const nav = {
  section: 'Dân vận',
  initiatives: 'Mô hình “Dân vận khéo”',
  movements: 'Phong trào thi đua',
  communication: 'Nhật ký tuyên truyền',
  letters: 'Thư chính quyền thân thiện',
  officials: 'Cán bộ, công chức',
  inspections: 'Kiểm tra, giám sát',
};
