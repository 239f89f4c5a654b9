/// Names Graphviz gives a meaning to, per object kind (graphviz.org/doc/info/attrs.html,
/// plus the layout outputs `_draw_` and friends).
///
/// The writer never emits a free attribute under one of these names, so data carried in a
/// graph (a `color` column, a `width` measure) cannot change how the theme draws it. The
/// reader drops them from graphs the writer made (they are presentation, derived from the
/// model) and keeps them from foreign graphs.
enum DOTAttributeNames {
    static let common: Set<String> = [
        "class", "colorscheme", "comment", "fontcolor", "fontname", "fontsize", "href", "id",
        "label", "labelloc", "layer", "lp", "nojustify", "penwidth", "pos", "showboxes", "style",
        "target", "tooltip", "URL", "xlabel", "xlp", "color", "fillcolor", "gradientangle",
        "margin", "ordering", "root", "sortv", "peripheries",
        "_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_", "_background",
    ]

    static let node: Set<String> = common.union([
        "area", "distortion", "fixedsize", "group", "height", "image", "imagepos", "imagescale",
        "orientation", "pin", "rects", "regular", "samplepoints", "shape", "shapefile", "sides",
        "skew", "vertices", "width", "z",
    ])

    static let edge: Set<String> = common.union([
        "arrowhead", "arrowsize", "arrowtail", "constraint", "decorate", "dir", "edgeURL",
        "edgehref", "edgetarget", "edgetooltip", "head_lp", "headclip", "headhref", "headlabel",
        "headport", "headtarget", "headtooltip", "headURL", "labelangle", "labeldistance",
        "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref",
        "labeltarget", "labeltooltip", "labelURL", "len", "lhead", "ltail", "minlen", "samehead",
        "sametail", "tail_lp", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget",
        "tailtooltip", "tailURL", "weight", "key",
    ])

    static let graph: Set<String> = common.union([
        "bb", "beautify", "bgcolor", "center", "charset", "clusterrank", "compound", "concentrate",
        "Damping", "defaultdist", "dim", "dimen", "diredgeconstraints", "dpi", "epsilon", "esep",
        "fontnames", "fontpath", "forcelabels", "imagepath", "inputscale", "K", "label_scheme",
        "labeljust", "landscape", "layerlistsep", "layers", "layerselect", "layersep", "layout",
        "levels", "levelsgap", "lheight", "linelength", "lwidth", "maxiter", "mclimit", "mindist",
        "mode", "model", "mosek", "newrank", "nodesep", "normalize", "notranslate", "nslimit",
        "nslimit1", "orientation", "outputorder", "overlap", "overlap_scaling", "overlap_shrink",
        "pack", "packmode", "pad", "page", "pagedir", "pencolor", "quadtree", "quantum", "rankdir",
        "ranksep", "ratio", "remincross", "repulsiveforce", "resolution", "rotate", "rotation",
        "scale", "searchsize", "sep", "size", "smoothing", "splines", "start", "stylesheet",
        "TBbalance", "truecolor", "viewport", "voro_margin", "xdotversion", "rank",
    ])
}
