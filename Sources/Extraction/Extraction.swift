import GraphModel
// Extraction module: Arabic articles → EventGraph. See the module's files.
