"""Reads a .docx with python-docx (Debian's python3-docx), as a reviewer's tool would, and
prints what the tests check as JSON: the body's blocks in order (paragraphs with their style
name and text, tables with their rows and which rows repeat as headers, pictures), the
section's page and grid, the style names, the footers, the core and custom properties."""
import json
import sys
import zipfile

import docx
import docx.enum.style
import docx.table
import docx.text.paragraph
from docx.oxml.ns import qn

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def attrs(element):
    if element is None:
        return None
    return {key.split('}')[-1]: value for key, value in element.attrib.items()}


def paragraph_block(paragraph):
    element = paragraph._p
    blips = element.findall('.//' + qn('a:blip'))
    svg = element.findall('.//{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip')
    return {
        'kind': 'picture' if blips else 'paragraph',
        'style': paragraph.style.name if paragraph.style is not None else None,
        'text': paragraph.text,
        'pictures': len(blips),
        'svg': len(svg),
    }


def table_block(table):
    rows = []
    for row in table._tbl.findall(qn('w:tr')):
        trPr = row.find(qn('w:trPr'))
        flag = trPr.find(qn('w:tblHeader')) if trPr is not None else None
        header = flag is not None and flag.get(qn('w:val')) not in ('0', 'false', 'off')
        cells = []
        for cell in row.findall(qn('w:tc')):
            tcPr = cell.find(qn('w:tcPr'))
            merged = tcPr is not None and tcPr.find(qn('w:vMerge')) is not None and tcPr.find(qn('w:vMerge')).get(qn('w:val')) != 'restart'
            text = '\n'.join(''.join(t.text or '' for t in p.iter(qn('w:t'))) for p in cell.findall(qn('w:p')))
            span = tcPr.find(qn('w:gridSpan')) if tcPr is not None else None
            cells.append({'text': text, 'continued': merged, 'span': int(span.get(qn('w:val'))) if span is not None else 1})
        rows.append({'header': header, 'cells': cells})
    grid = table._tbl.find(qn('w:tblGrid'))
    columns = [int(c.get(qn('w:w'))) for c in grid.findall(qn('w:gridCol'))] if grid is not None else []
    return {'kind': 'table', 'rows': rows, 'columns': columns}


def main(path):
    document = docx.Document(path)
    blocks = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn('w:p'):
            blocks.append(paragraph_block(docx.text.paragraph.Paragraph(child, document)))
        elif child.tag == qn('w:tbl'):
            blocks.append(table_block(docx.table.Table(child, document)))
    section = document.sections[0]
    sectPr = section._sectPr
    footers = {}
    for name, footer in (('odd', section.footer), ('even', section.even_page_footer)):
        paragraph = footer.paragraphs[0] if footer.paragraphs else None
        xml = paragraph._p.xml if paragraph is not None else ''
        footers[name] = {
            'style': paragraph.style.name if paragraph is not None else None,
            'alignment': attrs(paragraph._p.find('.//' + qn('w:jc'))) if paragraph is not None else None,
            'indent': attrs(paragraph._p.find('.//' + qn('w:ind'))) if paragraph is not None else None,
            'text': paragraph.text if paragraph is not None else '',
            'page_field': 'PAGE' in xml,
        }
    styles = {}
    for style in document.styles:
        if style.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH or style.type == docx.enum.style.WD_STYLE_TYPE.CHARACTER:
            rpr = style.element.find(qn('w:rPr'))
            fonts = rpr.find(qn('w:rFonts')) if rpr is not None else None
            size = rpr.find(qn('w:sz')) if rpr is not None else None
            styles[style.name] = {
                'eastAsia': fonts.get(qn('w:eastAsia')) if fonts is not None else None,
                'size': int(size.get(qn('w:val'))) / 2 if size is not None else None,
                'basedOn': style.base_style.name if style.base_style is not None else None,
            }
    core = document.core_properties
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        custom = archive.read('docProps/custom.xml').decode('utf-8') if 'docProps/custom.xml' in names else ''
        settings = archive.read('word/settings.xml').decode('utf-8')
    import xml.etree.ElementTree as ET
    properties = {}
    if custom:
        root = ET.fromstring(custom)
        for prop in root:
            value = ''.join(prop.itertext())
            properties[prop.get('name')] = value
    result = {
        'blocks': blocks,
        'section': {
            'pgSz': attrs(sectPr.find(qn('w:pgSz'))),
            'pgMar': attrs(sectPr.find(qn('w:pgMar'))),
            'docGrid': attrs(sectPr.find(qn('w:docGrid'))),
        },
        'evenAndOddHeaders': '<w:evenAndOddHeaders' in settings,
        'footers': footers,
        'styles': styles,
        'core': {'title': core.title, 'author': core.author, 'subject': core.subject, 'keywords': core.keywords, 'comments': core.comments, 'created': core.created.isoformat() if core.created else None, 'modified': core.modified.isoformat() if core.modified else None},
        'custom': properties,
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
