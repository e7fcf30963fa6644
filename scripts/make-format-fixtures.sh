#!/bin/sh
# Writes test/fixtures/formats/: two examples (examples/kab-contoh-baik.xlsx, kasn-2019; and
# examples/kab-contoh-2026.xlsx, panrb-19-2025) saved as Excel 97–2003 (.xls) and OpenDocument
# (.ods) by LibreOffice, and as Excel Binary (.xlsb) by SheetJS (LibreOffice does not write
# .xlsb). test/cli/formats.test.ts scores each against the .xlsx it came from. Needs soffice
# (LibreOffice); CI has none, which is why the files are committed. LibreOffice stamps dates
# into what it writes, so a rerun changes bytes, never content.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/test/fixtures/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for name in kab-contoh-baik kab-contoh-2026; do
  cp "$here/examples/$name.xlsx" "$work/"
  for fmt in xls ods; do
    soffice --headless "-env:UserInstallation=file://$work/lo" --convert-to "$fmt" --outdir "$work" "$work/$name.xlsx" >/dev/null 2>&1
    cp "$work/$name.$fmt" "$out/"
  done
  node --input-type=module -e "
    import * as XLSX from '@e965/xlsx';
    import { readFileSync, writeFileSync } from 'node:fs';
    const wb = XLSX.read(readFileSync('$work/$name.xlsx'), { type: 'buffer', cellStyles: true });
    writeFileSync('$out/$name.xlsb', XLSX.write(wb, { type: 'buffer', bookType: 'xlsb', compression: true }));
  " 2>/dev/null
done
ls -l "$out"
