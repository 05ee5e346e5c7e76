import { IntakeError } from './errors.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on the first PDF only. Its Node build announces on console.log, while loading,
 * that it cannot render without a canvas package: intake reads the text layer only, and the CLI's
 * stdout carries JSON, so the announcement is dropped. (Version 4 is used because later ones need
 * Node 22 or a native canvas package just to load.)
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
    }
  })();
  return pdfjs;
}

/**
 * The text layer of a PDF, page by page, line by line. A scan has none: the reviewer is told to
 * use the Word file (character recognition of scans is out of scope).
 */
export async function pdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: VerbosityLevel.ERRORS,
      isEvalSupported: false,
    }).promise;
  } catch (error) {
    const locked = (error as { name?: string }).name === 'PasswordException';
    throw new IntakeError(
      'intake.unreadable',
      locked
        ? `Tệp PDF "${fileName}" có mật khẩu. Vui lòng gỡ mật khẩu hoặc dùng bản Word (.docx) của báo cáo.`
        : `Không đọc được nội dung tệp PDF "${fileName}" (tệp hỏng hoặc không phải PDF).`,
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') {
      throw new IntakeError(
        'intake.pdfNoText',
        `Tệp PDF "${fileName}" không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc được số liệu. Vui lòng dùng bản Word (.docx) của báo cáo, hoặc bản PDF xuất trực tiếp từ Word.`,
      );
    }
    return text;
  } finally {
    await doc.destroy();
  }
}
