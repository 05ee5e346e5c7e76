import type { Expected } from '../test-helpers.ts';

// Labelled by hand from the text before the extractor first ran on it (see held-out.test.ts).
export const HELD_OUT_9: Expected[] = [
  {
    // Province figures (Thanh Hóa, named only in the source line and in places cited; the unit is
    // "chính quyền các cấp" of the province): no commune. "Từ đầu năm đến nay" with no year in the
    // text (2022 only in the address): period null. 13.497 visits = 4.176 (định kỳ and đột xuất
    // together, no key for the joint figure) + 9.321 regular: holds. DOUBT: the "43 lượt đoàn"
    // came to the province's reception office only (one office, a part of all levels), so I give
    // reception.crowds no value; a reader might take 43 as the province's crowds. 10.704 received;
    // 1.238 + 9.466 = 10.704 and 6.343 + 3.123 = 9.466 hold. The kinds (1.054 KN, 116 TC, 5.173
    // KNPA) are only of the 6.343 in authority: a part (as in lam-dong-don-thu-nam-2023), not
    // complaints/denunciations/feedback received. "1.947 văn bản chuyển đơn" and "753 văn bản hướng
    // dẫn" count documents, not petitions: no petitions.transferred value.
    file: 'thanh-hoa-tiep-dan-don-thu-2022.txt',
    commune: { name: null },
    period: null,
    indicators: {
      'reception.citizens.total': [13497],
      'reception.citizens.regular': [9321],
      'petitions.received': [10704],
      'petitions.inAuthority': [6343],
    },
    findings: [],
  },
  {
    // Xã Avương (Đà Nẵng after the 2025 merger, in the source's section only). A forum of the
    // commune's Front and police ("Công an xã lắng nghe ý kiến của nhân dân", "trên tinh thần đối
    // thoại"): DOUBT, it is not the statutory dialogue of the commune's leaders, but it is a
    // commune conference hearing and answering the people, so I read its "21 ý kiến" as
    // dialogues.opinions; a stricter reader would give no key. No count of opinions answered on
    // the spot or escalated ("Các ý kiến vượt quá thẩm quyền" has no figure). Period: the article
    // gives only "Ngày 7/8" with no year in the excerpt (2025 only in the source's date): null.
    file: 'avuong-dien-dan-cong-an-xa-2025.txt',
    commune: { name: 'Avương', kind: 'xã' },
    period: null,
    indicators: { 'dialogues.opinions': [21] },
    findings: [],
  },
  {
    // Phường Định Công (Hoàng Mai, Hà Nội; district only in the address). "42 tổ dân phố": the
    // ward's residential groups, profile.villages. 25 mediation teams and 164 mediators: no key.
    // "hòa giải thành công rất nhiều vụ việc" has no count; the 04 cases that had reached the ward
    // as petitions and the 03 land disputes are parts of the (uncounted) successful mediations,
    // so neither mediation.successful nor petitions.received. Period: "Tính từ đầu năm 2022 đến
    // nay" is an open span whose end (at least April 2023, a decision of 10/04/2023 is cited) is
    // not stated, so no single period of its own: null (DOUBT: a reader might put 2022).
    // "Quyết định số 65/QĐ- UBND" has no year in its number: nothing to check.
    file: 'dinh-cong-hoa-giai-2022-2023.txt',
    commune: { name: 'Định Công', kind: 'phường' },
    period: null,
    indicators: { 'profile.villages': [42] },
    findings: [],
  },
  {
    // A district-level town (thị xã Hương Trà), from a thesis summary: no commune. "tiếp nhận và
    // giải quyết 1.354 đơn": one figure stated for both received and resolved (DOUBT, as in
    // phuong-1-cao-lanh-mot-cua-2025: a reader might take it as received only). 752 (UBND thị xã)
    // + 602 (phường, xã) = 1.354 holds; they are levels, parts, not second values. "9 phường, xã"
    // are the town's communes, not villages: no key. Period: "giai đoạn 2017-2022".
    file: 'huong-tra-don-thu-2017-2022.txt',
    commune: { name: null },
    period: '2017..2022',
    indicators: {
      'petitions.received': [1354],
      'petitions.resolved': [1354],
    },
    findings: [],
  },
  {
    // Tricky, no key (one of the two allowed). Xã Phú Thịnh (Yên Sơn, Tuyên Quang): a survey of
    // satisfaction with the new-countryside programme "ở 6 thôn, 643 hộ dân, đạt 100%". These
    // count where and whom the survey reached, not the commune's profile as stated: DOUBT, "đạt
    // 100%" suggests every household was asked, so a reader might take 6 as profile.villages and
    // 643 as profile.households; I give neither, the text states no count of the commune's
    // villages or households as such. It is not a consultation on a draft (consultation.*), and
    // "từ 80% trở lên" is a satisfaction share of the programme, not onestop.satisfaction.
    // Period: the survey was held just before Tết Nhâm Dần 2022: '2022'.
    file: 'phu-thinh-lay-y-kien-ntm-2022.txt',
    commune: { name: 'Phú Thịnh', kind: 'xã' },
    period: '2022',
    indicators: {},
    findings: [],
  },
  {
    // Xã Nà Nghịu (Sông Mã, Sơn La; the heading spells it "Nà Ngịu"). Area stated twice: "trên 10
    // nghìn ha" (a rounded lower bound, listed as 10000 with atLeast, as "Trên 7.600" was in
    // lam-dong-mot-cua-quy-1-2020) and "10.238 ha": consistent, no value.conflict. "42 bản, xóm":
    // its villages; the 2 resettlement bản, 5 forestry xóm and 13 especially poor bản are parts.
    // 3.198 households, 14.633 people. DOUBT: seven ethnic groups are named but no count is
    // stated, so no profile.ethnicGroups value (a reader who counts names would put 7). The table
    // rows (Bom Phung 38 hộ, 361 NK, …) are one village each: parts. "1.300m", "320": heights.
    // "thành lập tháng 5-1953" is a founding date, not a period: null.
    file: 'na-nghiu-song-ma-gioi-thieu.txt',
    commune: { name: 'Nà Nghịu', kind: 'xã' },
    period: null,
    indicators: {
      'profile.areaHa': [10000, 10238],
      'profile.villages': [42],
      'profile.households': [3198],
      'profile.population': [14633],
    },
    qualifiers: { 'profile.areaHa': 'atLeast' },
    findings: [],
  },
  {
    // Xã Chiềng Đông (Yên Châu, Sơn La; district only in the neighbours' names). DOUBT: the area
    // is in km² (72,44 km² = 7.244 ha), listed converted as in huu-san-son-dong-gioi-thieu; a
    // reader might leave it out. 7.687 people; "Gồm 5 dân tộc" (five named): profile.ethnicGroups
    // 5. The stated density 87 người/km² does not match 7.687 / 72,44 = 106, but density is no
    // key, so no finding. The table row (Bản Chai 187 hộ, 855 dân) is one village: a part; the
    // number of villages is not stated in the excerpt. No period.
    file: 'chieng-dong-yen-chau-gioi-thieu.txt',
    commune: { name: 'Chiềng Đông', kind: 'xã' },
    period: null,
    indicators: {
      'profile.areaHa': [7244],
      'profile.population': [7687],
      'profile.ethnicGroups': [5],
    },
    findings: [],
  },
  {
    // Xã Vân Hồ (huyện Vân Hồ, Sơn La). Area 7.641 ha (land by use 3.157 + 2.563 + 1.657 = 7.377,
    // the rest not listed: no key). "Đến 31-12-2013": the date of the figures, not a reporting
    // period: null (as "dân số năm 2014" in huu-san-son-dong-gioi-thieu). 1.840 households, 8.453
    // people, 5 ethnic groups (their shares add to 100,03%: rounding, no key). Density 111 holds
    // (8.453 / 76,41 = 110,6). Table rows are villages: parts; no count of villages in the excerpt.
    file: 'van-ho-gioi-thieu-2013.txt',
    commune: { name: 'Vân Hồ', kind: 'xã' },
    period: null,
    indicators: {
      'profile.areaHa': [7641],
      'profile.households': [1840],
      'profile.population': [8453],
      'profile.ethnicGroups': [5],
    },
    findings: [],
  },
  {
    // Xã Huổi Mí (Mường Chà, Điện Biên), a Wikipedia page. DOUBT: area in km² (139,28 km² =
    // 13.928 ha), listed converted. Population "năm 2022 là 4.110 người" (dated, not a period:
    // null). "được chia thành 10 bản": profile.villages 10. The founding figures of 2012 ("13.937
    // ha diện tích tự nhiên, 2.527 nhân khẩu của xã Hừa Ngài và 625 nhân khẩu của xã Pa Ham") are
    // what was taken from other communes at the founding, history and parts of other units, not
    // the commune's stated profile: no values, and so no value.conflict with 13.928 ha (DOUBT: a
    // reader might take 13.937 ha as a second area and flag the 9 ha gap). Density 29 holds.
    // "Nghị quyết số 45/NQ-CP" and "148/NQ-HĐND" carry no year in their numbers.
    file: 'huoi-mi-muong-cha-gioi-thieu.txt',
    commune: { name: 'Huổi Mí', kind: 'xã', district: 'Mường Chà', province: 'Điện Biên' },
    period: null,
    indicators: {
      'profile.areaHa': [13928],
      'profile.population': [4110],
      'profile.villages': [10],
    },
    findings: [],
  },
  {
    // The province's public-service portal statistics (Thừa Thiên Huế, in the address only): no
    // commune, and no period stated. The dossier table has one row per service level (Mức 1, 2 /
    // Mức 3 / Mức 4) and no total row: each row is a part (a breakdown by level), so no dossier
    // key gets a value. (Within rows, Tổng = Đã xử lý + Chưa xử lý holds and each % is of "Đã xử
    // lý", but trước + đúng + trễ hạn falls short of "Đã xử lý" by 9.612 / 2.267 / 3: a real gap,
    // in parts only, so no finding is labelled.) Procedures online: DOUBT, I read "Mức độ 3" as
    // partly online (1.856) and "Mức độ 4" as fully online (736), the old levels matching
    // onestop.procedures.onlinePartial / onlineFull; 1.856 / 2.643 = 70,22% (70,2%) and 736 /
    // 2.643 = 27,85% (27,8% truncated) hold. The 2.643 procedures at levels 1 and 2 (100%) imply
    // the total but are stated as online provision at those levels: no procedures.total value
    // (a reader might put 2643, twice).
    file: 'thua-thien-hue-dich-vu-cong-thong-ke.txt',
    commune: { name: null },
    period: null,
    indicators: {
      'onestop.procedures.onlinePartial': [1856],
      'onestop.procedures.onlineFull': [736],
    },
    findings: [],
  },
  {
    // Xã Song Pe (Bắc Yên, Sơn La), a wiki-mirror page with two sets of figures. Area: "84,14
    // km²" (= 8.414 ha, converted as in huu-san-son-dong-gioi-thieu; DOUBT on converting) and
    // "8.326,97 ha": two different areas for the same commune, neither dated, so value.conflict.
    // Population: "dân số năm 1999 là 3.922 người" and "4970 khẩu" (undated, beside a 2014 poverty
    // figure): two values of profile.population, but the first is explicitly of 1999, another
    // period, so I flag no conflict for them (DOUBT: a reader might flag a second value.conflict).
    // 1037 households, 10 bản (5 highland + 5 lowland: parts that add up), 5 ethnic groups (their
    // shares add to 100%). Density 47 holds for 3.922 / 84,14. Period: none of its own (1999 and
    // 2014 date single figures): null.
    file: 'song-pe-bac-yen-gioi-thieu.txt',
    commune: { name: 'Song Pe', kind: 'xã', district: 'Bắc Yên', province: 'Sơn La' },
    period: null,
    indicators: {
      'profile.areaHa': [8414, 8326.97],
      'profile.population': [3922, 4970],
      'profile.households': [1037],
      'profile.villages': [10],
      'profile.ethnicGroups': [5],
    },
    findings: ['value.conflict'],
  },
  {
    // Thị trấn Sông Mã (Sơn La), a wiki-mirror page. DOUBT: area in km² (4,47 km² = 447 ha),
    // converted. "dân số là khoảng 5941 người": an approximate population, listed as 5941.
    // "chia thành 12 tổ": its residential groups, profile.villages 12. Xã Nà Nghịu is the
    // neighbour, not the unit. Density 1329 holds. "thành lập vào ngày 13 tháng 4 năm 1977" is a
    // founding date, not a period: null. Road numbers (4G, 105, 115) are not figures of a key.
    file: 'thi-tran-song-ma-gioi-thieu.txt',
    commune: { name: 'Sông Mã', kind: 'thị trấn' },
    period: null,
    indicators: {
      'profile.areaHa': [447],
      'profile.population': [5941],
      'profile.villages': [12],
    },
    findings: [],
  },
];
