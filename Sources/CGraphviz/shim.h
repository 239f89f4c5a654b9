#ifndef EVENTGRAPH_CGRAPHVIZ_SHIM_H
#define EVENTGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>

/* cgraph exposes these as function-like macros, which Swift cannot import.
   Thin inline wrappers keep the bridge free of struct-layout knowledge. */

/* The node an edge points to. */
static inline Agnode_t *eg_edge_head(Agedge_t *e) { return aghead(e); }
/* The node an edge leaves. */
static inline Agnode_t *eg_edge_tail(Agedge_t *e) { return agtail(e); }
/* Creation sequence number: file order for objects read by agmemread. */
static inline unsigned long long eg_object_seq(void *obj) { return (unsigned long long)AGSEQ(obj); }

#endif
