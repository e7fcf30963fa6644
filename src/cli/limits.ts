/** `--max-file-size 80MB`, `--max-rows 200000`, ...: safety limits raised (or lowered) by flags. */
import { Command, Option } from 'commander';
import { UsageError } from '../diagnostics.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../evidence/types.js';

export interface LimitOptions {
  maxFileSize?: string;
  maxInflatedSize?: string;
  maxRows?: string;
  maxCellChars?: string;
  maxCells?: string;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** Bytes from `50MB`, `512k`, `1G` or a plain number of bytes. */
export function parseSize(option: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError('USAGE_BAD_SIZE', { option, value });
  return Math.floor(Number(m[1]) * unit);
}

export function parseCount(option: string, value: string): number {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) <= 0) throw new UsageError('USAGE_BAD_NUMBER', { option, value });
  return Number(value);
}

const mb = (n: number) => `${n / 1024 ** 2} MB`;

export function addLimitOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-file-size <size>', `batas ukuran berkas / input file size limit (default ${mb(DEFAULT_LIMITS.maxFileBytes)})`).default(undefined, mb(DEFAULT_LIMITS.maxFileBytes)))
    .addOption(new Option('--max-inflated-size <size>', `batas ukuran xlsx setelah dibuka / limit on an xlsx's unzipped size (default ${mb(DEFAULT_LIMITS.maxInflatedBytes)})`).default(undefined, mb(DEFAULT_LIMITS.maxInflatedBytes)))
    .addOption(new Option('--max-rows <n>', `batas baris / row limit (default ${DEFAULT_LIMITS.maxRows})`).default(undefined, String(DEFAULT_LIMITS.maxRows)))
    .addOption(new Option('--max-cell-chars <n>', `batas karakter per sel / characters per cell (default ${DEFAULT_LIMITS.maxCellChars})`).default(undefined, String(DEFAULT_LIMITS.maxCellChars)))
    .addOption(new Option('--max-cells <n>', `batas jumlah sel xlsx / isian csv / cells in a workbook, fields in a CSV (default ${DEFAULT_LIMITS.maxCells})`).default(undefined, String(DEFAULT_LIMITS.maxCells)));
}

export function limitsFrom(o: LimitOptions): Partial<ReadLimits> {
  const out: Partial<ReadLimits> = {};
  if (o.maxFileSize !== undefined) out.maxFileBytes = parseSize('--max-file-size', o.maxFileSize);
  if (o.maxInflatedSize !== undefined) out.maxInflatedBytes = parseSize('--max-inflated-size', o.maxInflatedSize);
  if (o.maxRows !== undefined) out.maxRows = parseCount('--max-rows', o.maxRows);
  if (o.maxCellChars !== undefined) out.maxCellChars = parseCount('--max-cell-chars', o.maxCellChars);
  if (o.maxCells !== undefined) out.maxCells = parseCount('--max-cells', o.maxCells);
  return out;
}
