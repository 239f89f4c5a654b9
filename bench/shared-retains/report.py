# Symbolizes the counts rc.c wrote: REPORT OUT TOP prints the TOP (caller, caller of caller)
# pairs by retains + releases of shared objects, demangled.
import sys,subprocess,bisect,collections
lines=open(sys.argv[1]).read().splitlines()
maps=[l[4:] for l in lines if l.startswith('MAP ')]
recs=[l.split() for l in lines if not l.startswith('MAP ')]
segs=[]
for m in maps:
    p=m.split()
    if len(p)<6: continue
    lo,hi=[int(x,16) for x in p[0].split('-')]; off=int(p[2],16); segs.append((lo,hi,off,p[5]))
base={}
for lo,hi,off,path in segs:
    if path not in base: base[path]=lo-off
cache={}
def syms(path):
    if path in cache: return cache[path]
    out=subprocess.run(['nm','-n','--defined-only',path],capture_output=True,text=True).stdout.splitlines()
    if len(out)<10: out=subprocess.run(['nm','-D','-n','--defined-only',path],capture_output=True,text=True).stdout.splitlines()
    a=[];n=[]
    for l in out:
        q=l.split()
        if len(q)>=3: a.append(int(q[0],16)); n.append(q[2])
    cache[path]=(a,n); return a,n
def name(ra):
    for lo,hi,off,path in segs:
        if lo<=ra<hi:
            a,n=syms(path); x=ra-base[path]; i=bisect.bisect_right(a,x)-1
            return n[i] if i>=0 else '?'
    return '?'
agg=collections.Counter()
for ra,rb,r,l in recs:
    agg[(name(int(ra,16)),name(int(rb,16)))]+=int(r)+int(l)
names=sorted(set(x for k in agg for x in k))
dm=subprocess.run(['swift-demangle','--simplified','--compact'],input='\n'.join(names),capture_output=True,text=True).stdout.split('\n')
D=dict(zip(names,dm))
print('total',sum(agg.values()))
for k,v in agg.most_common(int(sys.argv[2])): print(f"{v:>8}  {D[k[0]][:70]:70} <- {D[k[1]][:90]}")
