import type { Expected } from '../test-helpers.ts';

// Labelled by hand from the text before the extractor first ran on it (see held-out.test.ts).
export const HELD_OUT_21: Expected[] = [
  {
    // A city below the province (TP. Hội An, Quảng Nam): district level, no commune. "trong quý
    // III.2020": '2020-Q3'. Following dak-glong-thu-tuc-hanh-chinh-2020: "hồ sơ mới tiếp nhận là
    // 10.133" is received, "kỳ trước chuyển qua là 612" carriedOver; "tổng số hồ sơ yêu cầu giải
    // quyết là 10.455" is the total to handle, no key of its own. Resolved 9.986; "giải quyết đúng
    // hạn là 9.143" in a two-way split with "quá hạn là 743": resolvedOnTime, resolvedLate (as
    // dak-glong). Pending 844. Real inconsistencies, checked with python3:
    // - 9.143 + 743 = 9.886, not the 9.986 resolved: sum.resolvedBreakdown.
    // - 9.986 resolved + 844 pending = 10.830, neither the 10.133 received nor 10.133 + 612 =
    //   10.745 with the carried over: sum.dossierBalance.
    // - (no key) 10.133 + 612 = 10.745, not the 10.455 total to handle.
    // DOUBT: the title "Hội An giải quyết 10.455 hồ sơ" words the total to handle as "giải quyết";
    // I read it as that total (the body says "yêu cầu giải quyết"), not as a resolved count. A reader
    // taking it literally would list resolved [10455, 9986] and add value.conflict.
    file: 'hoi-an-thu-tuc-hanh-chinh-quy-3-2020.txt',
    commune: { name: null },
    period: '2020-Q3',
    indicators: {
      'onestop.dossiers.received': [10133],
      'onestop.dossiers.carriedOver': [612],
      'onestop.dossiers.resolved': [9986],
      'onestop.dossiers.resolvedOnTime': [9143],
      'onestop.dossiers.resolvedLate': [743],
      'onestop.dossiers.pending': [844],
    },
    findings: ['sum.resolvedBreakdown', 'sum.dossierBalance'],
  },
  {
    // Phường Chánh Lộ (TP Quảng Ngãi; the city only in the URL): the chairman's dialogue of
    // 25/10/2023: period '2023'. "có 06 ý kiến tham gia": dialogues.opinions 6. "08 tổ dân phố"
    // describes who attended (their heads); it implies the ward has 8 TDP but does not state it, so
    // no profile.villages (as haichau1's "33 tổ dân phố"; DOUBT: a reader might put 8). Kế hoạch
    // số 14/KH-UBND and Thông báo số 187/TB-UBND carry no year in their numbers: no document
    // finding. "21" after the timestamp is a view count. The answers are in words only.
    file: 'chanh-lo-doi-thoai-2023.txt',
    commune: { name: 'Chánh Lộ', kind: 'phường' },
    period: '2023',
    indicators: { 'dialogues.opinions': [6] },
    findings: [],
  },
  {
    // Xã Canh Thuận (Vân Canh, Bình Định): a news item on mediation, no year stated ("từ đầu năm
    // đến nay"): period null. "365 hộ dân": profile.households 365. "7 làng và 1 thôn" are two
    // parts; their sum 8 is never written, so no profile.villages (DOUBT: a reader might put 8).
    // "95% là đồng bào dân tộc thiểu số" is a share with no count: no minorityHouseholds.
    // DOUBT (mediation): "12 vụ việc tranh chấp trong dân xảy ra" counts disputes that arose, not
    // cases the mediation teams took up, so I give no mediation.cases; "6/8 vụ được hòa giải thành"
    // are the land disputes only (8 of the 12), a part, so no mediation.successful either. A reader
    // might list mediation.cases [12] and/or mediation.successful [6] (and mediation.cases [8]).
    file: 'canh-thuan-hoa-giai.txt',
    commune: { name: 'Canh Thuận', kind: 'xã' },
    period: null,
    indicators: { 'profile.households': [365] },
    findings: [],
  },
  {
    // Xã Sỹ Bình (Bạch Thông, Bắc Kạn; the district only in the URL): chairman's dialogue with
    // youth, title "năm 2023": period '2023'. "có 6 lượt ý kiến trực tiếp đến chủ tịch UBND xã":
    // dialogues.opinions 6 (DOUBT: a dialogue with youth, as chi-minh-doi-thoai-thanh-nien-2025).
    // "4 nội dung" are the topics presented to the youth, not opinions; "hơn 30 đại biểu": no key.
    file: 'sy-binh-doi-thoai-thanh-nien-2023.txt',
    commune: { name: 'Sỹ Bình', kind: 'xã' },
    period: '2023',
    indicators: { 'dialogues.opinions': [6] },
    findings: [],
  },
  {
    // Xã Quân Hà (Bạch Thông, Bắc Kạn; the district only in the URL): chairman's dialogue with
    // youth on 28/7/2022 ("năm 2022"): period '2022'. "đã đưa ra 11 câu hỏi": dialogues.opinions 11
    // (DOUBT: questions; a reader might leave it out, as duong-son-doi-thoai-thanh-nien-2024 counted
    // its "câu hỏi, đề xuất kiến nghị"). "40 bạn đoàn viên", "hơn 132 đoàn viên": no key. Kế hoạch
    // số 65/KH-UBND has no year in its number: no document finding.
    file: 'quan-ha-doi-thoai-thanh-nien-2022.txt',
    commune: { name: 'Quân Hà', kind: 'xã' },
    period: '2022',
    indicators: { 'dialogues.opinions': [11] },
    findings: [],
  },
  {
    // District level (huyện Kim Thành, Hải Dương; "UBND 2 cấp"): no commune. "Từ đầu năm đến ngày
    // 8.8", article of 09/08/2022: '2022-01-01..2022-08-08'. Visits 375 = 242 periodic + 133
    // regular (holds); 418/256/162 "người" count persons: no key. "tăng 171 lượt và 185 công dân"
    // is a change. "không có vụ việc phức tạp đông người phải ... tiếp công dân đột xuất" says none
    // in words, no figure: no reception.crowds / reception.citizens.adhoc (DOUBT: a reader might
    // put 0; as tam-ky-tiep-cong-dan-6-thang-2024). Petitions received 57. The levels are parts:
    // the district's 22 in authority (7 resolved + 15 pending = 22, holds; "cả kỳ trước chuyển
    // sang"), the communes' 33 (25 + 8 = 33, holds); their sums (55 in authority, 32 resolved) are
    // never stated, so no petitions.inAuthority / petitions.resolved.
    file: 'kim-thanh-tiep-cong-dan-8-thang-2022.txt',
    commune: { name: null },
    period: '2022-01-01..2022-08-08',
    indicators: {
      'reception.citizens.total': [375],
      'reception.citizens.periodic': [242],
      'reception.citizens.regular': [133],
      'petitions.received': [57],
    },
    findings: [],
  },
  {
    // Phường An Khê (Đà Nẵng): the ward's centre, "thống kê kết quả thực tế trong tháng 7/2025 và 4
    // ngày đầu tháng 8/2025": period '2025-07-01..2025-08-04' (DOUBT: every figure is given by
    // sub-period, July and 1–4/8, never for the whole; a reader might put '2025' or null).
    // "tỷ lệ hồ sơ có thanh toán trực tuyến, tháng 7 đạt 7,69%; tháng 8 đạt 41,79%":
    // onlinePaymentRate [0.0769, 0.4179], two sub-periods of the same unit, so no value.conflict
    // (DOUBT: a checker that ignores the sub-periods would flag one). The on-time rates (92,78%,
    // 97,64%) and the online shares (40,19%, 94,25%) have no *Rate key; "4,86 điểm %" and "54,06
    // điểm %" are changes (97,64 − 92,78 = 4,86 and 94,25 − 40,19 = 54,06: both hold).
    file: 'an-khe-thu-tuc-truc-tuyen-thang-7-8-2025.txt',
    commune: { name: 'An Khê', kind: 'phường' },
    period: '2025-07-01..2025-08-04',
    indicators: { 'onestop.onlinePaymentRate': [0.0769, 0.4179] },
    findings: [],
  },
  {
    // Xã Vị Thanh 1 (Cần Thơ): a city round-up article; the excerpt keeps only the lines on Vị
    // Thanh 1, whose centre reports the figures (DOUBT: the title and lead speak of "Nhiều xã ở Cần
    // Thơ"; a reader might take the unit as none). Period: the article of 23/02/2026 on the Tết
    // service "từ ngày 14-2 ... đến ngày 22-2": '2026' (DOUBT: a reader might put
    // '2026-02-14..2026-02-22' or null; no period is stated for the report itself). "đã tiếp nhận 14
    // trường hợp": received 14; "đã giải quyết 10 hồ sơ": resolved 10 (the excerpt ends where the
    // stored page is cut, inside the next clause, which seems to give the four pending). The kinds
    // in words (ba + bảy + bốn = 14, holds) have no key.
    file: 'vi-thanh-1-ho-so-tet-2026.txt',
    commune: { name: 'Vị Thanh 1', kind: 'xã' },
    period: '2026',
    indicators: { 'onestop.dossiers.received': [14], 'onestop.dossiers.resolved': [10] },
    findings: [],
  },
];
