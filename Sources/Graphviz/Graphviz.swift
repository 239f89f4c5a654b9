import CGraphviz
// The only Swift that imports CGraphviz.
