# usage: report_cmp.py A/report.html B/report.html — the pages without their gzip chunks, the
# "not embedded" note and the stage times; the inflated bodies of the documents both embed.
import sys, json, gzip, base64, re
def parts(path):
    h = open(path, encoding='utf-8').read()
    k = h.find('Time per stage')
    if k >= 0:
        h = h[:k] + h[h.find('</table>', k):]
    i = h.find('"texts":[')
    arr, end = json.JSONDecoder().raw_decode(h[i + len('"texts":'):])
    rest = h[:i] + h[i + len('"texts":') + end:]
    rest = re.sub(r'"embedded":\d+', '"embedded":N', rest)
    rest = re.sub(r'<p class="note" id="not-embedded">.*?</p>', '', rest, flags=re.S)
    bodies = []
    for first, chunk in arr:
        assert first == len(bodies)
        bodies.extend(json.loads(gzip.decompress(base64.b64decode(chunk))))
    return rest, bodies, sum(len(c[1]) for c in arr)
ra, ba, wa = parts(sys.argv[1]); rb, bb, wb = parts(sys.argv[2])
n = min(len(ba), len(bb))
# A document's duplicate marks ("d") are in the page only when its text is: blank them past n.
def blank(r):
    i = r.find('"docs":[')
    docs, end = json.JSONDecoder().raw_decode(r[i + len('"docs":'):])
    for d in docs[n:]:
        d['d'] = []
    return r[:i] + json.dumps(docs) + r[i + len('"docs":') + end:]
ra, rb = blank(ra), blank(rb)
same = ra == rb and ba[:n] == bb[:n]
print(f"{sys.argv[2]}: page {'same' if ra == rb else 'DIFFERS'}, embedded {len(ba)} -> {len(bb)}, "
      f"bodies of the first {n} {'same' if ba[:n] == bb[:n] else 'DIFFER'}, base64 {wa} -> {wb}")
sys.exit(0 if same else 1)
