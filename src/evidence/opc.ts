/**
 * Relationship targets the way the Open Packaging Conventions read them (ECMA-376 part 2, §9.3):
 * a target is a URI reference resolved against the source part's folder; `/xl/x.xml` is
 * absolute (from the package root), `x.xml`, `./x.xml` and `../x.xml` are relative, segments may
 * be percent-encoded. Producers differ: Excel and exceljs write `worksheets/sheet1.xml` and
 * `../comments1.xml`, openpyxl writes `/xl/worksheets/sheet1.xml` and `/xl/comments/comment1.xml`.
 * exceljs 4.4.0 matches some targets by their literal text (exceljs#2797), so xlsx.ts hands it
 * targets resolved here and written back in the one form it understands.
 */

/** A relationship as exceljs's relationships parser gives it. */
export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The part a relationship points to, as a package path without a leading `/`; undefined when external or unusable. */
export function resolveTarget(sourcePart: string, rel: Pick<Relationship, 'Target' | 'TargetMode'>): string | undefined {
  if (rel.TargetMode?.toLowerCase() === 'external') return undefined;
  let target = rel.Target.trim().replace(/\\/g, '/').replace(/[?#].*$/, '');
  if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  try {
    target = decodeURIComponent(target);
  } catch {
    // A stray `%` is a literal character, not an escape.
  }
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  const segments = [...base];
  for (const s of target.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.length ? segments.join('/') : undefined;
}

/** `path` written relative to the folder `fromFolder` (both package paths without a leading `/`). */
export function relativeTo(fromFolder: string, path: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Whether the relationship is of the OOXML type `name` (`comments`, `vmlDrawing`, `worksheet`…), in either namespace. */
export function isRelType(rel: Pick<Relationship, 'Type'>, name: string): boolean {
  return rel.Type === `${REL_TYPE}${name}` || rel.Type.endsWith(`/relationships/${name}`);
}

/**
 * The workbook's relationships with internal targets written the way exceljs reads them:
 * relative to `xl/` (`worksheets/sheet1.xml`), whatever form the producer used.
 */
export function workbookRels(rels: readonly Relationship[]): Relationship[] {
  return rels.map((rel) => {
    const part = resolveTarget('xl/workbook.xml', rel);
    return part === undefined ? rel : { ...rel, Target: relativeTo('xl', part) };
  });
}

/**
 * A worksheet's relationships as merit hands them to exceljs: without notes (comments and their
 * VML drawing: merit never reads them, so those parts are neither inflated nor parsed), and with
 * internal targets relative to `xl/worksheets/` (`../tables/table1.xml`), as exceljs writes them.
 */
export function worksheetRels(rels: readonly Relationship[]): Relationship[] {
  return rels
    .filter((rel) => !isRelType(rel, 'comments') && !isRelType(rel, 'vmlDrawing'))
    .map((rel) => {
      const part = resolveTarget('xl/worksheets/sheet.xml', rel);
      return part === undefined ? rel : { ...rel, Target: relativeTo('xl/worksheets', part) };
    });
}
