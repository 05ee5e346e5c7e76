// PRIMER §4 keys, spelled exactly as there, with the extensions intake needs (marked). A key is
// never renamed: the statistics API, report templates and the province roll-up store them.
export const INDICATOR_LABELS = {
  'profile.areaHa': 'diện tích tự nhiên (ha)',
  'profile.households': 'số hộ',
  'profile.population': 'số nhân khẩu',
  'profile.villages': 'số thôn, tổ dân phố',
  'profile.ethnicGroups': 'số dân tộc',
  'profile.minorityHouseholds': 'số hộ đồng bào dân tộc thiểu số',
  'onestop.procedures.total': 'tổng số thủ tục hành chính',
  'onestop.procedures.published': 'số thủ tục hành chính được công khai',
  'onestop.procedures.onlinePartial': 'số thủ tục trực tuyến một phần',
  'onestop.procedures.onlineFull': 'số thủ tục trực tuyến toàn trình',
  'onestop.procedures.sectors': 'số lĩnh vực thủ tục hành chính', // extension
  'onestop.dossiers.received': 'số hồ sơ tiếp nhận',
  'onestop.dossiers.receivedOnline': 'số hồ sơ tiếp nhận trực tuyến',
  'onestop.dossiers.receivedDirect': 'số hồ sơ tiếp nhận trực tiếp',
  'onestop.dossiers.receivedPostal': 'số hồ sơ tiếp nhận qua bưu chính',
  'onestop.dossiers.carriedOver': 'số hồ sơ kỳ trước chuyển sang',
  'onestop.dossiers.due': 'số hồ sơ đến hạn giải quyết', // extension: the base some on-time rates use
  'onestop.dossiers.resolved': 'số hồ sơ đã giải quyết',
  'onestop.dossiers.resolvedEarly': 'số hồ sơ trả trước hạn',
  'onestop.dossiers.resolvedOnTime': 'số hồ sơ trả đúng hạn',
  'onestop.dossiers.resolvedLate': 'số hồ sơ trả quá hạn',
  'onestop.dossiers.resolvedEarlyOrOnTime': 'số hồ sơ trả trước và đúng hạn', // extension
  'onestop.dossiers.pending': 'số hồ sơ đang giải quyết', // extension: pending, state not given
  'onestop.dossiers.pendingWithinDeadline': 'số hồ sơ đang giải quyết trong hạn',
  'onestop.dossiers.pendingOverdue': 'số hồ sơ đang giải quyết quá hạn',
  'onestop.dossiers.withdrawn': 'số hồ sơ công dân rút',
  'onestop.dossiers.rejected': 'số hồ sơ bị trả lại',
  'onestop.digitizationRate': 'tỷ lệ số hóa hồ sơ (%)',
  'onestop.onlinePaymentRate': 'tỷ lệ thanh toán trực tuyến (%)',
  'onestop.apologyLetters': 'số thư xin lỗi',
  'onestop.satisfaction.surveys': 'số phiếu khảo sát hài lòng',
  'onestop.satisfaction.positiveRate': 'tỷ lệ đánh giá tốt, rất tốt (%)',
  'reception.sessions.total': 'số buổi tiếp công dân', // extension: kind not stated
  'reception.sessions.regular': 'số buổi tiếp công dân thường xuyên',
  'reception.sessions.periodic': 'số buổi tiếp công dân định kỳ',
  'reception.sessions.adhoc': 'số buổi tiếp công dân đột xuất',
  'reception.citizens.total': 'số lượt công dân được tiếp', // extension: kind not stated
  'reception.citizens.regular': 'số lượt công dân tiếp thường xuyên',
  'reception.citizens.periodic': 'số lượt công dân tiếp định kỳ',
  'reception.citizens.adhoc': 'số lượt công dân tiếp đột xuất',
  'reception.crowds': 'số đoàn đông người',
  'petitions.received': 'số đơn thư tiếp nhận',
  'petitions.resolved': 'số đơn thư đã giải quyết',
  'petitions.inAuthority': 'số đơn thư thuộc thẩm quyền',
  'petitions.transferred': 'số đơn thư chuyển, hướng dẫn',
  'petitions.overdue': 'số đơn thư quá hạn',
  'complaints.received': 'số đơn khiếu nại',
  'complaints.resolved': 'số đơn khiếu nại đã giải quyết',
  'denunciations.received': 'số đơn tố cáo',
  'denunciations.resolved': 'số đơn tố cáo đã giải quyết',
  'feedback.received': 'số đơn kiến nghị, phản ánh',
  'feedback.resolved': 'số đơn kiến nghị, phản ánh đã giải quyết',
  'dialogues.conferences': 'số hội nghị đối thoại',
  'dialogues.opinions': 'số ý kiến tại đối thoại',
  'dialogues.answered': 'số ý kiến được trả lời tại chỗ',
  'dialogues.escalated': 'số ý kiến chuyển cấp trên',
  'mediation.cases': 'số vụ việc hòa giải',
  'mediation.successful': 'số vụ hòa giải thành',
  'disclosure.items': 'số nội dung công khai',
  'consultation.drafts': 'số dự thảo lấy ý kiến',
  'consultation.opinions': 'số ý kiến góp ý dự thảo',
  'initiatives.total': 'số mô hình "Dân vận khéo"',
  'movements.launched': 'số phong trào thi đua phát động',
  'letters.newborn': 'số thư chúc mừng trẻ mới sinh',
  'letters.marriage': 'số thư chúc mừng kết hôn',
  'letters.condolence': 'số thư chia buồn',
  'staff.total': 'tổng số cán bộ, công chức',
  'staff.cadres': 'số cán bộ', // extension
  'staff.civilServants': 'số công chức', // extension
  'staff.byDegree.postgraduate': 'số cán bộ, công chức trình độ sau đại học',
  'staff.byDegree.university': 'số cán bộ, công chức trình độ đại học',
  'staff.byDegree.college': 'số cán bộ, công chức trình độ cao đẳng',
  'staff.byDegree.intermediate': 'số cán bộ, công chức trình độ trung cấp',
  'inspections.selfRounds': 'số cuộc tự kiểm tra',
  'supervision.councilRounds': 'số cuộc giám sát của HĐND',
  'inspections.findings': 'số tồn tại phát hiện qua kiểm tra',
  'communication.broadcasts': 'số tin, bài phát trên hệ thống truyền thanh',
  'communication.banners': 'số băng rôn, khẩu hiệu',
  'communication.conferences': 'số hội nghị tuyên truyền',
} as const;

export type IndicatorKey = keyof typeof INDICATOR_LABELS;

export function indicatorLabel(key: string): string {
  return (INDICATOR_LABELS as Record<string, string>)[key] ?? key;
}
