import GraphModel
// Readers and writers.
