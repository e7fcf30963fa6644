/**
 * A batch directory built in a temp folder from examples/ and generated files, plus validators
 * for merit-batch/1 (with merit-report/1 referenced by its $id), the manifest and JUnit XML.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { ROOT } from '../helpers/cli.js';

export interface BatchDir {
  root: string;
  /** Folder holding the batch (inside root). */
  dir: string;
  remove(): void;
}

/** Expected results of the good files (examples/README.md). */
export const GOOD = {
  'evidence/good/kab-contoh-baik.xlsx': { score: 288.5, predicate: 'III' },
  'evidence/good/prov-contoh-sangat-baik.xlsx': { score: 336.5, predicate: 'IV' },
  'evidence/kota-contoh.csv': { score: 194.5, predicate: 'II' },
} as const;

/** Every evidence file the directory search must find, sorted by path. */
export const FOUND = [
  'evidence/bad/corrupt.xlsx',
  'evidence/bad/no-header.csv',
  'evidence/bad/out-of-range.csv',
  'evidence/gen/rendah.xlsx',
  'evidence/good/kab-contoh-baik.xlsx',
  'evidence/good/prov-contoh-sangat-baik.xlsx',
  'evidence/kota-contoh.csv',
];

/**
 * evidence/
 *   kota-contoh.csv                 good, 194.5 II (fails --fail-under 250)
 *   good/kab-contoh-baik.xlsx        good, 288.5 III
 *   good/prov-contoh-sangat-baik.xlsx good, 336.5 IV
 *   gen/rendah.xlsx                  generated with exceljs: every level 1 (a low score)
 *   bad/corrupt.xlsx                 a truncated zip: cannot be read (exit 2)
 *   bad/no-header.csv                no header row: cannot be read (exit 2)
 *   bad/out-of-range.csv             level 7 on a 0-4 scale: scored with an error (exit 2)
 *   ~$kab-contoh-baik.xlsx           Excel lock file: skipped
 *   .hidden/secret.csv, .dot.csv     hidden: skipped
 *   node_modules/pkg/x.csv           skipped
 *   notes.md                         not evidence: skipped (a .txt would be read as tab-separated text)
 */
export async function makeBatchDir(): Promise<BatchDir> {
  const root = mkdtempSync(join(tmpdir(), 'merit-batch-'));
  const dir = join(root, 'evidence');
  const put = (rel: string, content: string | Uint8Array) => {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  };
  const copy = (from: string, rel: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    copyFileSync(join(ROOT, from), join(dir, rel));
  };
  copy('examples/kota-contoh.csv', 'kota-contoh.csv');
  copy('examples/kab-contoh-baik.xlsx', 'good/kab-contoh-baik.xlsx');
  copy('examples/prov-contoh-sangat-baik.xlsx', 'good/prov-contoh-sangat-baik.xlsx');
  put('gen/rendah.xlsx', await lowWorkbook());
  const kab = readFileSync(join(ROOT, 'examples/kab-contoh-baik.xlsx'));
  put('bad/corrupt.xlsx', kab.subarray(0, Math.floor(kab.length / 2)));
  put('bad/no-header.csv', 'Instansi:;Pemda Tanpa Judul\r\nA1.1;3\r\nA1.2;2\r\n');
  put('bad/out-of-range.csv', 'Instansi:;Pemerintah Kabupaten Rentang\r\nKode;Level\r\nA1.1;7\r\nA1.2;3\r\n');
  put('~$kab-contoh-baik.xlsx', 'lock');
  put('.hidden/secret.csv', 'Kode;Level\r\nA1.1;1\r\n');
  put('.dot.csv', 'Kode;Level\r\nA1.1;1\r\n');
  put('node_modules/pkg/x.csv', 'Kode;Level\r\nA1.1;1\r\n');
  put('notes.md', 'not evidence');
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A kasn-2019 workbook with every criterion at level 1, written by exceljs. */
async function lowWorkbook(): Promise<Buffer> {
  const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kasn-2019.json'), 'utf8')) as { root: Node };
  type Node = { code: string; children?: Node[]; scoring?: unknown };
  const leaves: string[] = [];
  const walk = (n: Node) => (n.children ? n.children.forEach(walk) : leaves.push(n.code));
  walk(rubric.root);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Penilaian');
  ws.addRow(['Instansi:', 'Pemerintah Kota Rendah']);
  ws.addRow(['Tahun:', 2024]);
  ws.addRow(['Kode', 'Level']);
  for (const code of leaves) ws.addRow([code, 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Validators

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/merit-report-1.schema.json'), 'utf8')) as object);
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/merit-batch-1.schema.json'), 'utf8')) as object);
const validateBatch = ajv.getSchema('urn:merit:schema:merit-batch-1')!;
const validateManifest = ajv.getSchema('urn:merit:schema:merit-batch-1#/$defs/manifest')!;

export function expectValidBatch(json: unknown): void {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  expect(validateBatch(value) ? [] : validateBatch.errors, 'not a valid merit-batch/1').toEqual([]);
}

export function expectValidManifest(json: unknown): void {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  expect(validateManifest(value) ? [] : validateManifest.errors, 'not a valid merit-manifest/1').toEqual([]);
}

/**
 * The JUnit shape CI servers read (Jenkins/Ant junit-10.xsd), as a JSON Schema over the parsed
 * XML: testsuites > testsuite > properties?, testcase*; testcase > failure*, error*, system-out?.
 * Only the XSD's elements and attributes; counts are integers, times decimals.
 */
const JUNIT = {
  type: 'object',
  additionalProperties: false,
  required: ['?xml', 'testsuites'],
  properties: {
    '?xml': { type: 'object' },
    testsuites: {
      type: 'object',
      additionalProperties: false,
      required: ['testsuite', '@_tests', '@_failures'],
      properties: {
        '@_name': { type: 'string' },
        '@_tests': { $ref: '#/$defs/int' },
        '@_failures': { $ref: '#/$defs/int' },
        '@_errors': { $ref: '#/$defs/int' },
        '@_time': { $ref: '#/$defs/time' },
        testsuite: { type: 'array', minItems: 1, items: { $ref: '#/$defs/suite' } },
      },
    },
  },
  $defs: {
    int: { type: 'string', pattern: '^[0-9]+$' },
    time: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?$' },
    text: { type: 'string' },
    suite: {
      type: 'object',
      additionalProperties: false,
      required: ['@_name', '@_tests'],
      properties: {
        '@_name': { type: 'string', minLength: 1 },
        '@_tests': { $ref: '#/$defs/int' },
        '@_failures': { $ref: '#/$defs/int' },
        '@_errors': { $ref: '#/$defs/int' },
        '@_skipped': { $ref: '#/$defs/int' },
        '@_time': { $ref: '#/$defs/time' },
        '@_timestamp': { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$' },
        properties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            property: {
              type: 'array',
              items: { type: 'object', additionalProperties: false, required: ['@_name', '@_value'], properties: { '@_name': { type: 'string' }, '@_value': { type: 'string' } } },
            },
          },
        },
        testcase: { type: 'array', items: { $ref: '#/$defs/case' } },
      },
    },
    case: {
      type: 'object',
      additionalProperties: false,
      required: ['@_name', '@_classname'],
      properties: {
        '@_name': { type: 'string', minLength: 1 },
        '@_classname': { type: 'string', minLength: 1 },
        '@_time': { $ref: '#/$defs/time' },
        failure: { type: 'array', items: { $ref: '#/$defs/problem' } },
        error: { type: 'array', items: { $ref: '#/$defs/problem' } },
        'system-out': { type: 'string' },
      },
    },
    problem: {
      type: 'object',
      additionalProperties: false,
      properties: { '@_message': { type: 'string' }, '@_type': { type: 'string' }, '#text': { type: 'string' } },
    },
  },
};
const validateJunitShape = new Ajv2020({ allErrors: true, strict: true }).compile(JUNIT);

export interface JunitCase {
  '@_name': string;
  failure?: { '@_type': string; '@_message': string; '#text'?: string }[];
  'system-out'?: string;
}

/** Well-formed XML (fast-xml-parser's validator) of the JUnit shape; returns the test cases. */
export function parseJunit(xml: string): { suites: { '@_tests': string; '@_failures': string; testcase: JunitCase[] }[]; root: Record<string, string> } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'property'].includes(name),
  }).parse(xml) as { testsuites: Record<string, string> & { testsuite: { '@_tests': string; '@_failures': string; testcase: JunitCase[] }[] } };
  expect(validateJunitShape(parsed) ? [] : validateJunitShape.errors, 'not JUnit XML').toEqual([]);
  return { suites: parsed.testsuites.testsuite, root: parsed.testsuites };
}
