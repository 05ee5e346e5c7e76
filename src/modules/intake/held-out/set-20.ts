import type { Expected } from '../test-helpers.ts';

// Labelled by hand from the text before the extractor first ran on it (see held-out.test.ts).
export const HELD_OUT_20: Expected[] = [
  {
    // Commune profile (one of the two allowed): xã Trung Thành (Vị Xuyên, Hà Giang), from a thesis
    // excerpt describing the commune; no period of its own. Area stated twice ("Tổng diện tích tự
    // nhiên 5.763 ha" and "Tổng diện tích đất tự nhiên của xã Trung Thành là 5.763ha"): [5763, 5763].
    // Villages stated twice: "các khu dân cư được bố chí theo 12 thôn bản" and "phân chia làm 12 đơn
    // vị thôn bản": [12, 12] (DOUBT: the first sits in the terrain description of the lowland strip;
    // a reader might count only the second). "1.314 hộ" households, "5.547 nhân khẩu" population,
    // "8 dân tộc anh em" ethnicGroups. "2 thôn thuộc vùng đặc biệt khó khăn" is a part; "12 km",
    // "vùng 2", "600 mm", land-use shares: no key.
    file: 'trung-thanh-vi-xuyen-dac-diem-tu-nhien.txt',
    commune: { name: 'Trung Thành', kind: 'xã' },
    period: null,
    indicators: {
      'profile.villages': [12, 12],
      'profile.areaHa': [5763, 5763],
      'profile.households': [1314],
      'profile.population': [5547],
      'profile.ethnicGroups': [8],
    },
    findings: [],
  },
  {
    // Commune profile (the second allowed): xã Xuân Thọ (Xuân Lộc, Đồng Nai), no period. "3775.5 ha"
    // (dot as decimal separator here, then 3240 ha of farmland, a part): areaHa 3775.5. "4.025 hộ với
    // 19.292 nhân khẩu": households, population. "Có 8 dân tộc thiểu số ... với 349 hộ và 1589 khẩu":
    // minorityHouseholds 349; the 8 groups are minorities only, so no ethnicGroups value (DOUBT: a
    // reader might put ethnicGroups 8, or 9 counting Kinh; neither total is stated). 1589 minority
    // persons, 12.809 of working age, 4 religions with 2.546 hộ / 12.112 khẩu: no key. "gồm 7 ấp"
    // (then listed 1–7): villages 7. "15 đơn vị hành chính" is the district's count: not a value.
    file: 'xuan-tho-xuan-loc-tong-quan.txt',
    commune: { name: 'Xuân Thọ', kind: 'xã' },
    period: null,
    indicators: {
      'profile.areaHa': [3775.5],
      'profile.households': [4025],
      'profile.population': [19292],
      'profile.minorityHouseholds': [349],
      'profile.villages': [7],
    },
    findings: [],
  },
  {
    // District level (huyện Yên Bình, Yên Bái): no commune. "Năm 2023": '2023'. 336 "Dân vận khéo"
    // models in the title and again in the body: initiatives.total [336, 336]. The fields (82 kinh tế,
    // stated three times incl. the duplicated photo caption; 164; 38; 44; 8 vùng đồng bào có đạo) are
    // parts: 82 + 164 + 38 + 44 + 8 = 336 (holds). "trước 2 năm" is no count.
    file: 'yen-binh-dan-van-kheo-2023.txt',
    commune: { name: null },
    period: '2023',
    indicators: { 'initiatives.total': [336, 336] },
    findings: [],
  },
  {
    // District level (huyện Bắc Sơn, Lạng Sơn): no commune. "Ngày 11/11" has no year; the text cites
    // the dialogue of "năm 2018" as a past one, so the report is later but its year is not stated:
    // period null (DOUBT: the page is probably 2019; a reader might put '2018' from the only year
    // written, which is that of the earlier dialogue). "Ban Thường vụ Huyện ủy tổ chức được 2 hội
    // nghị": dialogues.conferences 2 (the district's own). "20 xã, thị trấn ... hoàn thành hội nghị
    // đối thoại": communes, a level below, no key. "10 tháng đầu năm" is the content reported.
    file: 'bac-son-doi-thoai-huyen.txt',
    commune: { name: null },
    period: null,
    indicators: { 'dialogues.conferences': [2] },
    findings: [],
  },
  {
    // Tricky, no key (one of the two allowed). Phường 7 (quận Gò Vấp, TP HCM; the district only in
    // the URL): the chairman's dialogue "lần 1 năm 2023", held 27/4/2023: period '2023'. "04 đại
    // biểu tham gia ý kiến phát biểu" counts speakers, not opinions (DOUBT: a reader might put
    // dialogues.opinions 4). "lần 1" is an ordinal, not a count of conferences (DOUBT: a reader might
    // put dialogues.conferences 1). All answered "ngay tại buổi đối thoại" in words: no answered
    // value. "100 người dân", "quí 1 năm 2023" (the content reported), "Kế hoạch số 342/KH-UBND" (no
    // year in its number): no key.
    file: 'phuong-7-go-vap-doi-thoai-2023.txt',
    commune: { name: '7', kind: 'phường' },
    period: '2023',
    indicators: {},
    findings: [],
  },
  {
    // Xã Chí Minh (Hải Phòng; named in the title): the commune chairman's dialogue with youth,
    // "Sáng ngày 30/11", posted 01/12/2025: period '2025'. "có 10 ý kiến đến từ các chi đoàn":
    // dialogues.opinions 10 (DOUBT: a dialogue with youth, not with all residents; a reader might
    // leave it out). "hơn 100 đoàn viên thanh niên" (title and body): no key. Answers given to those
    // "thuộc thẩm quyền", the rest handed to departments, all in words: no answered/escalated values.
    file: 'chi-minh-doi-thoai-thanh-nien-2025.txt',
    commune: { name: 'Chí Minh', kind: 'xã' },
    period: '2025',
    indicators: { 'dialogues.opinions': [10] },
    findings: [],
  },
  {
    // Xã Dương Sơn (Na Rì, Bắc Kạn; the district only in the URL): chairman's dialogue with youth
    // "Chiều ngày 11/6/2024": period '2024' ("6 tháng đầu năm" is the youth-work report heard, not
    // the report's period). "đã đặt ra 04 câu hỏi, đề xuất kiến nghị": dialogues.opinions 4 (DOUBT:
    // questions and proposals together; a reader might leave it out). All answered "trực tiếp trả
    // lời tại Hội nghị" in words: no answered value (as tan-loi-doi-thoai-2024).
    file: 'duong-son-doi-thoai-thanh-nien-2024.txt',
    commune: { name: 'Dương Sơn', kind: 'xã' },
    period: '2024',
    indicators: { 'dialogues.opinions': [4] },
    findings: [],
  },
  {
    // Phường Trung Tự (Đống Đa, Hà Nội; the district only in the URL): chairman's dialogue with youth
    // on 30/9/2022: period '2022'. "lắng nghe 06 lượt ý kiến": dialogues.opinions 6. The answers are
    // said in words only. View count 571: not a value.
    file: 'trung-tu-doi-thoai-thanh-nien-2022.txt',
    commune: { name: 'Trung Tự', kind: 'phường' },
    period: '2022',
    indicators: { 'dialogues.opinions': [6] },
    findings: [],
  },
];
