#!/bin/bash
# usage: cmp.sh DIR_A DIR_B — file by file, summary.json without timings, report.html without stage times
A=$1; B=$2; bad=0
cd $A
for f in $(find . -type f | sort); do
  case $f in
    */summary.json) diff <(python3 -c "import json,sys; d=json.load(open('$A/$f')); d.pop('timings',None); print(json.dumps(d,sort_keys=True))") <(python3 -c "import json,sys; d=json.load(open('$B/$f')); d.pop('timings',None); print(json.dumps(d,sort_keys=True))") >/dev/null || { echo "DIFF $f"; bad=1; } ;;
    */report.html) python3 -c "
import sys
def strip(x):
    k=x.find(b'Time per stage')
    return x if k<0 else x[:k]+x[x.find(b'</table>',k):]
sys.exit(strip(open('$A/$f','rb').read())!=strip(open('$B/$f','rb').read()))" || { echo "DIFF $f"; bad=1; } ;;
    *) cmp -s $A/$f $B/$f || { echo "DIFF $f"; bad=1; } ;;
  esac
done
[ $(cd $A; find . -type f | wc -l) = $(cd $B; find . -type f | wc -l) ] || { echo "file count differs"; bad=1; }
echo "compared $(find . -type f | wc -l) files, bad=$bad"
