import GraphModel
// Analytics module: compact index, centrality, communities, projections, slices.
