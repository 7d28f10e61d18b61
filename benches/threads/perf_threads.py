#!/usr/bin/env python3
"""CPU by thread and by phase of one `tifa analyze` run, from perf's samples.

    perf record -F 250 --call-graph dwarf,24000 -o run.data tifa analyze -q -j2 CORPUS -o out
    perf script -i run.data -F comm,tid,time,period,event,ip,sym > run.txt
    python3 benches/threads/perf_threads.py run.txt

Each sample is put in a category by the frames of its stack (the per-document stages,
the collecting thread, learning's passes, the corpus dedup, …); the phases are cut where the
first and last per-document and dedup samples fall. A phase's bound is the larger of its
busiest thread's CPU and half its CPU (two cores): what the phase takes at least. Samples
count CPU time only, so the figures hold on a loaded machine, while wall times do not.
"""
import sys, re, collections
# perf script output: header line "comm tid time: period event:" then stack lines, blank
def samples(path):
    cur=None
    for line in open(path, errors='replace'):
        line=line.rstrip('\n')
        if not line.strip():
            if cur: yield cur
            cur=None; continue
        if not line.startswith((' ','\t')):
            m=re.match(r'\s*(\S.*?)\s+(\d+)\s+([\d.]+):\s+(\d+)\s', line)
            if m: cur={'comm':m.group(1),'tid':int(m.group(2)),'t':float(m.group(3)),'p':int(m.group(4)),'stack':[]}
        elif cur is not None:
            parts=line.strip().split(None,1)
            if len(parts)==2: cur['stack'].append(parts[1])
    if cur: yield cur
CATS=[('spin',['rayon_core::sleep','wait_until_cold','sched_yield','yield_now','rayon_core::registry::WorkerThread::wait','futex_wait','do_sched_yield']),
 ('learn.names',['learn::names']),('learn.used',['learn::used','learn::using']),('learn.distinct',['learn::distinct','terms::fingerprint']),
 ('dict_load',['Lexicon::loaded','Lexicon::load','Jieba::new','load_dict','Tagger']),
 ('doc.clean',['analyze_document']),  # refine below
 ('collect',['analyze::documents::{{closure}}','hand_on','DocumentFiles','Digests::push','Index::add','Views::add']),
 ('compress',['Compressor','gzip_compress']),
 ('indexes',['write_indexes','analyze::indexes','IndexSections']),
 ('dedup.digests',['Digests::finish','Digested']),
 ('dedup.find',['find_with','dedup::cluster']),
 ('dup.json',['write_duplicates','report::write_json']),
 ('report',['report::html','write_report','repeats']),
 ('read',['read_part','input::decode']),
]
SUB=[('doc.clean','clean::clean'),('doc.segterms','segment_terms'),('doc.digest','dedup::digest::digest'),('doc.claims','claims::extract'),('doc.json','analyze_document')]
def cat(stack):
    s=' '.join(stack)
    # leaf-first check for spin
    for name,keys in CATS:
        if name=='doc.clean':
            if 'analyze_document' in s:
                for n,k in SUB:
                    if k in s: return n
            continue
        if name=='spin':
            leafish=' '.join(stack[:12])
            if any(k in leafish for k in keys) and 'analyze_document' not in s: return 'spin/wait'
            continue
        if any(k in s for k in keys): return name
    if any('page_fault' in x for x in stack[:6]): return 'other.pagefault'
    return 'other'

def phases(S):
    for x in S: x['c']=cat(x['stack'])
    t0=min(x['t'] for x in S)
    doc=[x['t'] for x in S if x['c'].startswith('doc.')]
    ded=[x['t'] for x in S if x['c'] in ('dedup.find',)]
    learn=[x['t'] for x in S if x['c'].startswith('learn') or x['c'] in ('dict_load','read')]
    end=max(x['t'] for x in S)+0.01
    bounds=[('startup',t0,min(learn)),('learn',min(learn),min(doc)),('documents',min(doc),max(doc)),('dedup',max(doc),max(ded)),('report',max(ded),end)]
    tot_cp=tot_ideal=0
    for name,a,b in bounds:
        per=collections.Counter()
        for x in S:
            if a<=x['t']<b: per[x['tid']]+=x['p']/1e9
        tot=sum(per.values()); mx=max(per.values()) if per else 0
        cp=max(mx,tot/2); tot_cp+=cp; tot_ideal+=tot/2
        busy=sorted([round(v,2) for v in per.values() if v>0.02],reverse=True)
        print('%-10s cpu %5.2f s  busiest thread %5.2f  threads %s  bound %.2f (half the cpu %.2f)'%(name,tot,mx,busy,cp,tot/2))
    print('sum of bounds %.2f s, of halves %.2f s'%(tot_cp,tot_ideal))

if __name__=='__main__':
    S=list(samples(sys.argv[1]))
    per=collections.defaultdict(collections.Counter)
    for x in S:
        per[x['tid']][cat(x['stack'])]+=x['p']
    print('cpu %.2f s sampled'%(sum(x['p'] for x in S)/1e9))
    for tid,c in sorted(per.items(), key=lambda kv:-sum(kv[1].values())):
        if sum(c.values())>2e7:
            print(tid, '%.2f s:'%(sum(c.values())/1e9), ', '.join('%s %.2f'%(k,v/1e9) for k,v in c.most_common(6)))
    phases(S)
