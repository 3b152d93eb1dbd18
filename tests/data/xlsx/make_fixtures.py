#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/io/xlsx_reader_test.cpp with openpyxl (Debian
python3-openpyxl), a spreadsheet writer that is not coopnet.

    /usr/bin/python3 tests/data/xlsx/make_fixtures.py

The script and the workbooks it writes are both committed; CI does not run it.

Debian's openpyxl (3.0.9) writes every text as an inline string and writes formulas
without their result. Where a fixture needs what Excel writes and openpyxl does not (the
shared-string table, formulas with a cached value, rich text), the script rewrites the XML
inside the zip afterwards with zipfile (share_strings(), post_process()); so it does for the
hostile workbooks (zip bomb, path traversal, entity bomb, huge shared-string table). 1904
dates come from openpyxl itself (wb.epoch).
"""
import datetime
import os
import re
import struct
import zipfile

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
# Fixed timestamps, so that the files are the same every time the script runs.
STAMP = datetime.datetime(2024, 1, 1)


def path(name):
    return os.path.join(HERE, name)


def save(wb, name):
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    wb.save(path(name))


def sheet(wb, title, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    for row in rows:
        ws.append(row)
    return ws


def post_process(name, change=None, extra=(), out=None):
    """Rewrites the zip `name`: change[entry](bytes) -> bytes for some entries, `extra`
    (entry name, bytes) added at the end."""
    change = change or {}
    with zipfile.ZipFile(path(name)) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path(out or name), "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename in change:
                data = change[info.filename](data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)
        for entry, data in extra:
            fixed = zipfile.ZipInfo(entry, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def share_strings(name):
    """Moves the inline strings of every sheet into a shared-string table, as Excel keeps
    its texts: <c t="inlineStr"><is><t>x</t></is></c> becomes <c t="s"><v>0</v></c>."""
    strings, index = [], {}

    def shared(match):
        text = match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return '<c %st="s"%s><v>%d</v></c>' % (match.group(1), match.group(2), index[text])

    def sheet_xml(xml):
        return re.sub(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t[^>]*>(.*?)</t></is></c>',
                      shared, xml.decode()).encode()

    with zipfile.ZipFile(path(name)) as source:
        sheets = [n for n in source.namelist() if n.startswith("xl/worksheets/sheet")]
    post_process(name, {n: sheet_xml for n in sheets})  # fills `strings`
    table = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'count="%d" uniqueCount="%d">' % (len(strings), len(strings)) +
             "".join('<si><t xml:space="preserve">%s</t></si>' % t for t in strings) + "</sst>")
    rel = ('<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdStrings"/>')
    override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    post_process(name, {
        "xl/_rels/workbook.xml.rels": lambda x: x.replace(b"</Relationships>",
                                                          rel.encode() + b"</Relationships>"),
        "[Content_Types].xml": lambda x: x.replace(b"</Types>", override.encode() + b"</Types>"),
    }, extra=[("xl/sharedStrings.xml", table.encode())])


def replace_cell(xml, ref, cell):
    """Replaces the <c r="ref" ...>...</c> (or <c .../>) of a sheet with `cell`."""
    text = xml.decode()
    pattern = r'<c r="%s"[^>]*?(/>|>.*?</c>)' % ref
    new, count = re.subn(pattern, cell, text, count=1)
    assert count == 1, ref
    return new.encode()


def english():
    wb = Workbook()
    sheet(wb, "actors", [
        ["id", "label", "sector", "postcode"],
        ["jugendamt", "Jugendamt Duisburg", "municipality", 47169],
        [4317, "Stiftung Mercator", "foundation", "04317"],
        ["eg_du", "EG DU", "business", None],
    ], first=True)
    ties = sheet(wb, "ties", [
        ["source", "target", "weight", "kind", "since", "until", "active"],
        ["jugendamt", 4317, 2, "funding", datetime.date(2003, 5, 17), 2008, True],
        ["4317", "eg_du", 0.5, "exchange", 2015, None, False],
        ["jugendamt", "eg_du", None, "steering", None, None, None],
    ])
    ties["E2"].number_format = "yyyy-mm-dd"
    sheet(wb, "projects", [
        ["id", "label", "since", "until"],
        ["biwaq", "BIWAQ Duisburg", "2015-04", "2018-12"],
    ])
    sheet(wb, "memberships", [["project", "actor"], ["biwaq", "eg_du"], ["biwaq", 4317]])
    sheet(wb, "network", [["key", "value"], ["name", "Marxloh"], ["directed", False]])
    sheet(wb, "Notes", [["anything", "here"]])
    save(wb, "english.xlsx")
    share_strings("english.xlsx")


def german():
    wb = Workbook()
    sheet(wb, "Akteure", [
        ["Kennung", "Name", "Sektor"],
        ["ja", "Jugendamt", "Kommune"],
        ["sm", "Stiftung Mercator", "Stiftung"],
        ["sv", "Sportverein Marxloh", "Verein"],
        ["jc", "Jobcenter Duisburg", "Jobcenter"],
    ], first=True)
    ties = sheet(wb, "Kooperationen", [
        ["Quelle", "Ziel", "Gewicht", "Art", "Beginn", "Ende"],
        ["ja", "sm", 3, "Förderung", datetime.date(2003, 1, 1), datetime.date(2008, 12, 31)],
        ["sv", "jc", 1.5, "Austausch", datetime.date(2016, 2, 29), None],
    ])
    for ref in ("E2", "F2", "E3"):
        ties[ref].number_format = "dd.mm.yyyy"
    sheet(wb, "Projekte", [
        ["Kennung", "Bezeichnung", "Beginn", "Ende"],
        ["lk", "Lokales Kapital", 2003, 2008],
    ])
    sheet(wb, "Mitgliedschaften", [["Projekt", "Akteur"], ["lk", "ja"], ["lk", "sv"]])
    sheet(wb, "Netzwerk", [["Schlüssel", "Wert"], ["Name", "Marxloh"], ["directed", True]])
    save(wb, "german.xlsx")
    share_strings("german.xlsx")


def unnamed():
    wb = Workbook()
    sheet(wb, "Tabelle1", [["id", "label"], ["a", "A"], ["b", "B"]], first=True)
    sheet(wb, "Tabelle2", [["source", "target"], ["a", "b"]])
    save(wb, "unnamed.xlsx")


def cells():
    """Excel's cell kinds: inline strings (openpyxl's; B2 rich text, post-processed),
    formulas with a cached value (post-processed),
    1904 dates, numbers stored as text, empty cells, styled empty trailing rows."""
    wb = Workbook()
    wb.epoch = CALENDAR_MAC_1904
    actors = sheet(wb, "actors", [
        ["id", "label", "sector", "note"],
        ["a", "placeholder", "other", None],
        ["b", "B", None, "x"],
        ["c", "C", "other", None],
    ], first=True)
    fill = PatternFill("solid", fgColor="FFFF00")
    for ref in ("A8", "B8", "A9"):  # trailing rows of formatted, empty cells
        actors[ref].fill = fill
    ties = sheet(wb, "ties", [
        ["source", "target", "weight", "kind", "since", "until"],
        ["a", "b", "2", "text number", datetime.date(2010, 6, 1), None],
        ["b", "c", "=1+1", "formula", None, None],
        ["a", "c", 1.25, "formula text", None, "=2000+12"],
        ["c", "a", "=0.1+0.2", "no result", None, None],
    ])
    ties["E2"].number_format = "d/m/yy"
    save(wb, "cells.xlsx")

    def actors_xml(xml):
        # B2 as an inline string with rich text runs and an _x escape (_x0041_ is "A").
        return replace_cell(xml, "B2", '<c r="B2" t="inlineStr"><is><r><t>Label </t></r>'
                                       '<r><t>_x0041_</t></r></is></c>')

    def ties_xml(xml):
        xml = replace_cell(xml, "C3", '<c r="C3"><f>1+1</f><v>2</v></c>')
        xml = replace_cell(xml, "D4", '<c r="D4" t="str"><f>"formula"&amp;" text"</f>'
                                      '<v>formula text</v></c>')
        xml = replace_cell(xml, "F4", '<c r="F4"><f>2000+12</f><v>2012</v></c>')
        # C5 keeps openpyxl's formula without a result: read as empty, with a warning.
        return xml

    post_process("cells.xlsx", {"xl/worksheets/sheet1.xml": actors_xml,
                                "xl/worksheets/sheet2.xml": ties_xml})


def bad_weight():
    wb = Workbook()
    sheet(wb, "Akteure", [["Kennung", "Name"], ["a", "A"], ["b", "B"]], first=True)
    sheet(wb, "Kooperationen", [
        ["Quelle", "Ziel", "Gewicht"],
        ["a", "b", 1], ["a", "b", 2], ["b", "a", 1], ["b", "a", 3], [],
        ["a", "b", "hoch"],
    ])
    save(wb, "bad_weight.xlsx")
    share_strings("bad_weight.xlsx")


def unknown_actor():
    wb = Workbook()
    sheet(wb, "actors", [["id"], ["a"], ["b"]], first=True)
    sheet(wb, "ties", [["source", "target"], ["a", "b"], ["a", "nobody"]])
    save(wb, "unknown_actor.xlsx")


def small(name):
    wb = Workbook()
    sheet(wb, "actors", [["id"], ["a"], ["b"]], first=True)
    sheet(wb, "ties", [["source", "target"], ["a", "b"]])
    save(wb, name)
    share_strings(name)


def zip_bomb():
    """A sheet of 48 MiB of zeros, 48 KiB compressed: over the 32 MiB limit for one part.
    zip_bomb_lying.xlsx is the same with the sizes in the archive claiming 1000 bytes, so
    that only counting while inflating stops it."""
    small("zip_bomb.xlsx")
    zeros = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
            b'<sheetData><row r="1"><c r="A1"><v>' + b"0" * (48 << 20) + b"</v></c></row>" \
            b"</sheetData></worksheet>"
    post_process("zip_bomb.xlsx", {"xl/worksheets/sheet2.xml": lambda _: zeros})
    data = bytearray(open(path("zip_bomb.xlsx"), "rb").read())
    name = b"xl/worksheets/sheet2.xml"
    # Local header: signature PK\3\4, uncompressed size at offset 22; central directory
    # header: signature PK\1\2, uncompressed size at offset 24.
    for signature, offset, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = 0
        while True:
            at = data.find(signature, at)
            if at < 0:
                break
            if data[at + name_at:at + name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, 1000)
            at += 4
    open(path("zip_bomb_lying.xlsx"), "wb").write(bytes(data))


def path_traversal():
    small("path_traversal.xlsx")
    post_process("path_traversal.xlsx", extra=[("../../evil.txt", b"outside"),
                                               ("/etc/evil.txt", b"absolute")])


def billion_laughs():
    small("billion_laughs.xlsx")
    laughs = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        laughs.append('<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10))
    bomb = ('<?xml version="1.0"?><!DOCTYPE sst [%s]>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<si><t>&lol9;</t></si></sst>' % "".join(laughs)).encode()
    post_process("billion_laughs.xlsx", {"xl/sharedStrings.xml": lambda _: bomb})


def huge_shared_strings():
    small("huge_shared_strings.xlsx")
    table = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
             b"<si><t>x</t></si>" * 1000001 + b"</sst>")
    post_process("huge_shared_strings.xlsx", {"xl/sharedStrings.xml": lambda _: table})


def not_workbooks():
    open(path("not_a_zip.xlsx"), "wb").write(b"id;label\na;A\n")
    # The header of an OLE compound file: an old .xls or a password-protected workbook.
    open(path("compound_file.xlsx"), "wb").write(
        bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with zipfile.ZipFile(path("zip_not_xlsx.xlsx"), "w") as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", (2024, 1, 1, 0, 0, 0)), b"hello")


if __name__ == "__main__":
    english()
    german()
    unnamed()
    cells()
    bad_weight()
    unknown_actor()
    zip_bomb()
    path_traversal()
    billion_laughs()
    huge_shared_strings()
    not_workbooks()
