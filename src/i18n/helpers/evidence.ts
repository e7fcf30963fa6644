/** Small word tables and helpers the src/evidence (reading evidence files) messages of every language share. */
import { arg } from '../format.js';
import { type Args } from '../../diagnostics.js';

export const s = (v: Args[string]): string => arg(v);

export const items = (v: Args[string]): readonly string[] => (Array.isArray(v) ? (v as readonly string[]) : v === undefined ? [] : [String(v)]);

export const list = (v: Args[string], _lang: 'id' | 'en'): string => items(v).map((x) => `'${x}'`).join(', ');

export const orList = (v: Args[string], lang: 'id' | 'en'): string => {
  const quoted = items(v).map((x) => `'${x}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${lang === 'id' ? 'atau' : 'or'} ${quoted[quoted.length - 1]}`;
};

/** Bytes as B, KB or MB with one decimal, in the language's decimal separator. */
export function mb(v: Args[string], lang: 'id' | 'en'): string {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return s(v);
  const [value, unit] = n < 1024 ? [String(n), 'B'] : n < 1024 * 1024 ? [(n / 1024).toFixed(1), 'KB'] : [(n / (1024 * 1024)).toFixed(1), 'MB'];
  return `${lang === 'id' ? value.replace('.', ',') : value} ${unit}`;
}

export const FIELD: Record<string, { id: string; en: string }> = {
  code: { id: 'kode', en: 'code' },
  level: { id: 'level mandiri', en: 'self-assessed level' },
  verified: { id: 'level verifikasi', en: 'verified level' },
  evidence: { id: 'bukti dukung', en: 'evidence' },
  notes: { id: 'catatan', en: 'notes' },
  name: { id: 'nama kriteria', en: 'criterion name' },
  verifierNotes: { id: 'catatan verifikator', en: 'verifier notes' },
};

export const field = (v: Args[string], lang: 'id' | 'en'): string => FIELD[String(v)]?.[lang] ?? s(v);

export const FORMAT: Record<string, { id: string; en: string }> = {
  xls: { id: 'Excel 97–2003 (.xls)', en: 'Excel 97–2003 (.xls)' },
  xlsb: { id: 'Excel Binary (.xlsb)', en: 'Excel Binary (.xlsb)' },
  ods: { id: 'OpenDocument Spreadsheet (.ods)', en: 'OpenDocument Spreadsheet (.ods)' },
  fods: { id: 'Flat OpenDocument Spreadsheet (.fods)', en: 'Flat OpenDocument Spreadsheet (.fods)' },
  html: { id: 'halaman HTML (sering hasil ekspor aplikasi web yang diberi nama .xls)', en: 'an HTML page (often a web application export named .xls)' },
  xml2003: { id: 'XML Spreadsheet 2003', en: 'XML Spreadsheet 2003' },
  numbers: { id: 'Apple Numbers', en: 'Apple Numbers' },
  gsheet: {
    id: 'Pintasan Google Sheets (.gsheet, hanya berisi tautan; unduh lembarnya lewat File → Download → Microsoft Excel (.xlsx))',
    en: 'A Google Sheets shortcut (.gsheet, which holds only a link; download the sheet with File → Download → Microsoft Excel (.xlsx))',
  },
};

export const DETECTED: Record<string, { id: string; en: string }> = {
  text: { id: 'teks biasa', en: 'plain text' },
  pdf: { id: 'dokumen PDF', en: 'a PDF document' },
  zip: { id: 'arsip zip biasa', en: 'a plain zip archive' },
  docx: { id: 'dokumen Word', en: 'a Word document' },
  pptx: { id: 'presentasi PowerPoint', en: 'a PowerPoint presentation' },
  odf: { id: 'dokumen OpenDocument non-spreadsheet', en: 'an OpenDocument file that is not a spreadsheet' },
  ole2: { id: 'dokumen Office lama (bukan workbook)', en: 'a legacy Office document (not a workbook)' },
  binary: { id: 'data biner', en: 'binary data' },
  image: { id: 'gambar', en: 'an image' },
};

export const SAVE_AS_XLSX = {
  id: () => 'Buka berkas di Excel atau LibreOffice, lalu Simpan Sebagai (Save As) → Excel Workbook (.xlsx) dan jalankan lagi.',
  en: () => 'Open the file in Excel or LibreOffice, Save As → Excel Workbook (.xlsx), and run again.',
};
