// LD_PRELOAD library for bench/shared-retains.sh: counts, by call site (two return addresses),
// the retains and releases of heap blocks allocated before extraction starts, i.e. of objects
// every worker thread shares (lexicon, gazetteer, tables), whose reference-count writes bounce
// between cores. The extraction bench calls getrusage before and after its timed rounds: the
// third call starts the count, the fourth writes it to $RC_OUT with the process map.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
extern void *__libc_malloc(size_t); extern void __libc_free(void*); extern void *__libc_calloc(size_t,size_t);
extern void *__libc_realloc(void*,size_t); extern void *__libc_memalign(size_t,size_t);
#define HB (1u<<24)
static uintptr_t *set; static int phase = 0; static int rus = 0;
static unsigned hh(uintptr_t p){ return (unsigned)((p>>4)*0x9E3779B97F4A7C15ull >> 40) & (HB-1); }
static void add(uintptr_t p){ if(!set){ set=__libc_calloc(HB,sizeof(uintptr_t)); } unsigned i=hh(p); while(set[i] && set[i]!=p && set[i]!=1) i=(i+1)&(HB-1); set[i]=p; }
static void del(uintptr_t p){ if(!set) return; unsigned i=hh(p); while(set[i]){ if(set[i]==p){ set[i]=1; return;} i=(i+1)&(HB-1);} }
static int has(uintptr_t p){ if(!set) return 0; unsigned i=hh(p); while(set[i]){ if(set[i]==p) return 1; i=(i+1)&(HB-1);} return 0; }
void *malloc(size_t n){ void*p=__libc_malloc(n); if(phase==0&&p) add((uintptr_t)p); return p; }
void *calloc(size_t a,size_t b){ void*p=__libc_calloc(a,b); if(phase==0&&p) add((uintptr_t)p); return p; }
void *realloc(void*o,size_t n){ if(o && phase==0) del((uintptr_t)o); void*p=__libc_realloc(o,n); if(phase==0&&p) add((uintptr_t)p); return p; }
void free(void*p){ if(p && phase==0) del((uintptr_t)p); if(p && phase==1 && has((uintptr_t)p)) del((uintptr_t)p); __libc_free(p); }
int posix_memalign(void**r,size_t a,size_t n){ void*p=__libc_memalign(a,n); if(!p) return 12; *r=p; if(phase==0) add((uintptr_t)p); return 0; }
void *aligned_alloc(size_t a,size_t n){ void*p=__libc_memalign(a,n); if(phase==0&&p) add((uintptr_t)p); return p; }
void *memalign(size_t a,size_t n){ void*p=__libc_memalign(a,n); if(phase==0&&p) add((uintptr_t)p); return p; }
// call-site table
#define CB (1u<<16)
static uintptr_t site[CB], site2[CB]; static unsigned long cnt[CB][2];
static void rec(uintptr_t ra, uintptr_t rb, int k, unsigned long n){ unsigned i=(unsigned)(((ra^(rb*31))*0x9E3779B97F4A7C15ull)>>48)&(CB-1); while(site[i] && (site[i]!=ra || site2[i]!=rb)) i=(i+1)&(CB-1); site[i]=ra; site2[i]=rb; cnt[i][k]+=n; }
typedef void*(*rt)(void*); typedef void(*rl)(void*); typedef void*(*rtn)(void*,uint32_t); typedef void(*rln)(void*,uint32_t);
static rt r_retain, r_bretain; static rl r_release, r_brelease; static rtn r_retain_n, r_bretain_n; static rln r_release_n, r_brelease_n;
#define OBJ(p) ((uintptr_t)(p) & 0x00FFFFFFFFFFFFF8ull)
#define H(obj,k,n) do{ if(phase==1 && (uintptr_t)(obj) > 4096 && has(OBJ(obj))) rec((uintptr_t)__builtin_return_address(0),(uintptr_t)__builtin_return_address(2),k,n);}while(0)
void *swift_retain(void*o){ if(!r_retain) r_retain=dlsym(RTLD_NEXT,"swift_retain"); H(o,0,1); return r_retain(o); }
void swift_release(void*o){ if(!r_release) r_release=dlsym(RTLD_NEXT,"swift_release"); H(o,1,1); r_release(o); }
void *swift_retain_n(void*o,uint32_t n){ if(!r_retain_n) r_retain_n=dlsym(RTLD_NEXT,"swift_retain_n"); H(o,0,n); return r_retain_n(o,n); }
void swift_release_n(void*o,uint32_t n){ if(!r_release_n) r_release_n=dlsym(RTLD_NEXT,"swift_release_n"); H(o,1,n); r_release_n(o,n); }
void *swift_bridgeObjectRetain(void*o){ if(!r_bretain) r_bretain=dlsym(RTLD_NEXT,"swift_bridgeObjectRetain"); H(o,0,1); return r_bretain(o); }
void swift_bridgeObjectRelease(void*o){ if(!r_brelease) r_brelease=dlsym(RTLD_NEXT,"swift_bridgeObjectRelease"); H(o,1,1); r_brelease(o); }
void *swift_bridgeObjectRetain_n(void*o,uint32_t n){ if(!r_bretain_n) r_bretain_n=dlsym(RTLD_NEXT,"swift_bridgeObjectRetain_n"); H(o,0,n); return r_bretain_n(o,n); }
void swift_bridgeObjectRelease_n(void*o,uint32_t n){ if(!r_brelease_n) r_brelease_n=dlsym(RTLD_NEXT,"swift_bridgeObjectRelease_n"); H(o,1,n); r_brelease_n(o,n); }
static int (*r_getrusage)(int, struct rusage*);
static void dump(void){
  phase=2;
  FILE*f=fopen(getenv("RC_OUT"),"w");
  for(unsigned i=0;i<CB;i++) if(site[i]) fprintf(f,"%lx %lx %lu %lu\n",(unsigned long)site[i],(unsigned long)site2[i],cnt[i][0],cnt[i][1]);
  FILE*m=fopen("/proc/self/maps","r"); char b[512]; while(fgets(b,sizeof b,m)) fprintf(f,"MAP %s",b); fclose(m); fclose(f);
}
int getrusage(int who, struct rusage*u){ if(!r_getrusage) r_getrusage=dlsym(RTLD_NEXT,"getrusage"); rus++; if(rus==3){ phase=1; } if(rus==4){ dump(); } return r_getrusage(who,u); }
