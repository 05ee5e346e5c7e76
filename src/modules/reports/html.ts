import { type Frame, frameOf } from './layout.ts';
import type { ReportDraft, Section } from './model.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// The Nghị định 30/2020 page (RULES.md §6) in CSS: A4, margins 20/15/20/30 mm, Times New Roman 14 pt
// justified with a 1,27 cm first-line indent. On screen the page is drawn as a sheet; printed (or
// saved as PDF from the browser) it is the sheet.
const css = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.2; color: #000; }
.page { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0, 0, 0, .25); }
table.frame { width: 100%; border-collapse: collapse; }
table.frame td { vertical-align: top; text-align: center; padding: 0; }
.issuer { width: 38%; font-size: 13pt; font-weight: bold; }
.nation { font-size: 12pt; font-weight: bold; }
.motto { font-size: 14pt; font-weight: bold; }
.rule { border-top: 1px solid #000; margin: 2pt auto 4pt; }
.number { font-size: 13pt; font-weight: normal; }
.date { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
.summary { text-align: center; font-weight: bold; margin: 0; }
h2, h3, h4 { font-size: 14pt; margin: 6pt 0; text-indent: 1.27cm; text-align: justify; }
h4 { font-style: italic; }
p { margin: 0 0 6pt; text-indent: 1.27cm; text-align: justify; }
table.data { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 12pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
table.data td:first-child { text-align: left; }
table.closing { width: 100%; border-collapse: collapse; margin-top: 12pt; }
table.closing td { vertical-align: top; width: 50%; padding: 0; }
.recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
.recipients { font-size: 11pt; }
.recipients div { text-indent: 0; }
.signature { text-align: center; font-weight: bold; }
.signature .space { height: 30mm; }
.draft-mark { position: fixed; top: 4mm; right: 6mm; font: 11pt sans-serif; color: #a00; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .draft-mark { display: none; }
}
`;

/** An HTML page in the report layout around any body (the commune report, the province summary). */
export function renderFramedHtml(frame: Frame, bodyHtml: string, o: { draft?: boolean } = {}): string {
  const e = escapeHtml;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo ${e(frame.summary)}</title>
<style>${css}</style>
</head>
<body>
${o.draft ? '<div class="draft-mark">DỰ THẢO</div>' : ''}
<main class="page">
<table class="frame"><tr>
<td class="issuer"><div>${e(frame.issuer[0])}</div><div>${e(frame.issuer[1])}</div>
<div class="rule" style="width:40%"></div><div class="number">${e(frame.number)}</div></td>
<td><div class="nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div>
<div class="rule" style="width:55%"></div><div class="date">${e(frame.placeAndDate)}</div></td>
</tr></table>
<h1>BÁO CÁO</h1>
<div class="summary">${e(frame.summary)}</div>
<div class="rule" style="width:25%"></div>
${bodyHtml}
<p>${e(frame.closing)}</p>
<table class="closing"><tr>
<td><div class="recipients-title">Nơi nhận:</div><div class="recipients">${frame.recipients.map((r) => `<div>${e(r)}</div>`).join('')}</div></td>
<td class="signature"><div>${e(frame.authority)}</div><div>${e(frame.title)}</div><div class="space"></div><div>${e(frame.signer)}</div></td>
</tr></table>
</main>
</body>
</html>
`;
}

function sectionHtml(s: Section): string {
  const tag = s.level === 1 ? 'h2' : s.level === 2 ? 'h3' : 'h4';
  const paragraphs = s.paragraphs
    .filter((p) => p.text.trim())
    .map((p) => `<p id="p-${escapeHtml(p.id)}">${escapeHtml(p.text)}</p>`)
    .join('\n');
  return `<${tag} id="s-${escapeHtml(s.id)}">${escapeHtml(`${s.number} ${s.title}`)}</${tag}>\n${paragraphs}\n${s.children.map(sectionHtml).join('\n')}`;
}

/** A data table for the HTML body. */
export function tableHtml(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const e = escapeHtml;
  return `<table class="data"><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export { escapeHtml };

/** The A4 print preview of a report: the same text as the DOCX, printable to PDF from the browser. */
export function renderHtml(draft: ReportDraft): string {
  return renderFramedHtml(frameOf(draft), draft.sections.map(sectionHtml).join('\n'), {
    draft: draft.reference === null,
  });
}
