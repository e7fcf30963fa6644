"""openpyxl and XlsxWriter halves of scripts/make-producer-fixtures.mjs (which runs this with
Debian's /usr/bin/python3, where both are packaged). Reads {"rows": [...], "out": dir} on stdin:
the rows of examples/kab-contoh-baik.xlsx (row 1 the title, row 5 the header, rows 6-29 the
24 criteria); writes <producer>-<feature>.xlsx into `out`, one workbook feature each, and `all`
with every feature at once. The evidence sheet is called Sheet1 (Lembar1 in print-area-lembar1).
"""

import datetime
import json
import os
import sys

FIXED = datetime.datetime(2024, 1, 31)
LAST = 29  # the last evidence row
FEATURES = ['print-area-sheet1', 'print-area-lembar1', 'print-titles', 'named-range', 'table-autofilter', 'notes', 'data-validation', 'frozen-panes', 'all']


def has(feature, want):
    return feature == want or (feature == 'all' and want != 'print-area-lembar1')


def sheet_name(feature):
    return 'Lembar1' if feature == 'print-area-lembar1' else 'Sheet1'


def openpyxl_book(rows, feature, path):
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    wb.properties.creator = 'merit fixtures'
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = sheet_name(feature)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    ws.merge_cells('A1:F1')
    if has(feature, 'print-area-sheet1') or has(feature, 'print-area-lembar1'):
        ws.print_area = f'A1:F{LAST}'
    if has(feature, 'print-titles'):
        ws.print_title_rows = '5:5'
    if has(feature, 'named-range'):
        other = wb.create_sheet('Data Instansi')
        other['A1'] = 'Kontak'
        other['B1'] = 'bkpsdm@kab-contoh.example'
        wb.defined_names.append(DefinedName('DataPenilaian', attr_text=f'{ws.title}!$A$5:$F${LAST}'))
        wb.defined_names.append(DefinedName('Kontak', attr_text="'Data Instansi'!$A$1:$B$1"))
        wb.defined_names.append(DefinedName('Rusak', attr_text='#REF!'))
        wb.defined_names.append(DefinedName('Tahun', attr_text=f'{ws.title}!$B$3'))
    if has(feature, 'table-autofilter'):
        table = Table(displayName='Tabel1', ref=f'A5:F{LAST}')
        table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium9', showRowStripes=True)
        ws.add_table(table)
        wb.defined_names.append(DefinedName('Semua', attr_text='Tabel1[#All]'))
    if has(feature, 'notes'):
        ws['C5'].comment = Comment('Level 0 sampai 4', 'merit')
        ws['D6'].comment = Comment('Diverifikasi tim BKN', 'verifikator')
    if has(feature, 'data-validation'):
        dv = DataValidation(type='whole', operator='between', formula1='0', formula2='4', allow_blank=True)
        dv.add(f'C6:D{LAST}')
        ws.add_data_validation(dv)
    if has(feature, 'frozen-panes'):
        ws.freeze_panes = 'A6'
    wb.save(path)


def xlsxwriter_book(rows, feature, path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    wb.set_properties({'author': 'merit fixtures', 'created': FIXED})
    name = sheet_name(feature)
    ws = wb.add_worksheet(name)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and not (r == 0 and c == 0):
                ws.write(r, c, value)
    ws.merge_range('A1:F1', rows[0][0])
    if has(feature, 'print-area-sheet1') or has(feature, 'print-area-lembar1'):
        ws.print_area(f'A1:F{LAST}')
    if has(feature, 'print-titles'):
        ws.repeat_rows(4)
    if has(feature, 'named-range'):
        other = wb.add_worksheet('Data Instansi')
        other.write('A1', 'Kontak')
        other.write('B1', 'bkpsdm@kab-contoh.example')
        wb.define_name('DataPenilaian', f'={name}!$A$5:$F${LAST}')
        wb.define_name('Kontak', "='Data Instansi'!$A$1:$B$1")
        wb.define_name('Tahun', f'={name}!$B$3')
    if has(feature, 'table-autofilter'):
        ws.add_table(f'A5:F{LAST}', {'name': 'Tabel1', 'columns': [{'header': h} for h in rows[4]]})
        wb.define_name('Semua', '=Tabel1[#All]')
    if has(feature, 'notes'):
        ws.write_comment('C5', 'Level 0 sampai 4', {'author': 'merit'})
        ws.write_comment('D6', 'Diverifikasi tim BKN', {'author': 'verifikator'})
    if has(feature, 'data-validation'):
        ws.data_validation(f'C6:D{LAST}', {'validate': 'integer', 'criteria': 'between', 'minimum': 0, 'maximum': 4})
    if has(feature, 'frozen-panes'):
        ws.freeze_panes(5, 0)
    wb.close()


def main():
    job = json.load(sys.stdin)
    rows, out = job['rows'], job['out']
    for feature in FEATURES:
        openpyxl_book(rows, feature, os.path.join(out, f'openpyxl-{feature}.xlsx'))
        xlsxwriter_book(rows, feature, os.path.join(out, f'xlsxwriter-{feature}.xlsx'))
    print(json.dumps(FEATURES))


if __name__ == '__main__':
    main()
