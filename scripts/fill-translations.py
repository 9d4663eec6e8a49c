#!/usr/bin/env python3
"""scripts/fill-translations.py FILE.ts TABLE.json: after `cmake --build … --target update_translations`,
sets the translations of unfinished messages by source text. TABLE.json maps a source string to its
translation, or to a list of numerus forms. Messages lupdate filled by its same-text heuristic are
accepted as they are. Prints, on stderr, every message that stays unfinished."""
import json, sys, re
path, table = sys.argv[1], json.load(open(sys.argv[2]))
text = open(path, encoding='utf-8').read()
def fix(m):
    block = m.group(0)
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    import html
    key = html.unescape(src)
    if 'type="unfinished"' not in block:
        return block
    if key in table:
        val = table[key]
        if isinstance(val, list):
            forms = ''.join('\n            <numerusform>%s</numerusform>' % html.escape(v, quote=False) for v in val)
            new = '<translation>%s\n        </translation>' % forms
        else:
            new = '<translation>%s</translation>' % html.escape(val, quote=False)
        return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', new, block, flags=re.S)
    t = re.search(r'<translation type="unfinished">(.*?)</translation>', block, re.S)
    if t and t.group(1).strip() and '<numerusform></numerusform>' not in t.group(1):
        return block.replace('<translation type="unfinished">', '<translation>')
    print('unfinished:', key, file=sys.stderr)
    return block
text = re.sub(r'<message( numerus="yes")?>.*?</message>', fix, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
