#!/usr/bin/env python3
"""Writes a pair of .resx files (zh-CN neutral + en) from one table, so both languages stay in step.

Usage: resx.py OUT_DIR AREA < table.tsv   (each line: key<TAB>zh-CN text<TAB>en-US text)
Existing keys in the files are kept; lines in the table add or replace keys.
"""
import sys, os, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    if not os.path.exists(path):
        return {}
    return {d.get('name'): (d.find('value').text or '') for d in ET.parse(path).getroot().findall('data')}

def save(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
        f.write('</root>\n')

out, area = sys.argv[1], sys.argv[2]
zh_path, en_path = os.path.join(out, f'{area}.resx'), os.path.join(out, f'{area}.en.resx')
zh, en = load(zh_path), load(en_path)
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    key, z, e = line.split('\t')
    zh[key], en[key] = z.replace('\\n', '\n'), e.replace('\\n', '\n')
save(zh_path, zh)
save(en_path, en)
