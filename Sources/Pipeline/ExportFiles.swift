import Foundation

/// Writes a group of files (a CSV node table and edge table) so that either all of them
/// are replaced or none is: every file goes to a temporary file beside its destination
/// first; only when all are complete are they renamed into place, and if one rename
/// fails the files already replaced are restored. A single file goes
/// through `AtomicFile`; `-` is standard output.
enum ExportFiles {
    static func writeAll(_ files: [(path: String, data: Data)]) throws {
        if files.count == 1 {
            try AtomicFile.write(files[0].data, to: files[0].path)
            return
        }
        var temporaries: [(temporary: String, destination: String)] = []
        func removeTemporaries() {
            for t in temporaries { StagedFiles.remove(t.temporary) }
        }
        for file in files {
            if file.path == "-" { FileHandle.standardOutput.write(file.data); continue }
            let tmp: String
            do { tmp = try AtomicFile.stage(file.data, for: file.path) } catch {
                removeTemporaries()
                throw error
            }
            temporaries.append((tmp, file.path))
        }
        // Keep each file being replaced under a second name (a hard link: the original stays
        // in place meanwhile), so a rename failing half-way can put the earlier ones back.
        var backups: [String?] = []
        for t in temporaries {
            let backup = t.temporary + ".old"
            let exists = FileManager.default.fileExists(atPath: t.destination)
            backups.append(exists && StagedFiles.link(t.destination, as: backup) ? backup : nil)
        }
        defer { for case let b? in backups { StagedFiles.remove(b) } }
        for (i, t) in temporaries.enumerated() {
            guard let reason = StagedFiles.rename(t.temporary, over: t.destination) else { continue }
            for j in 0..<i {
                if let b = backups[j] { rename(b, temporaries[j].destination) } else { unlink(temporaries[j].destination) }
            }
            for rest in temporaries[i...] { StagedFiles.remove(rest.temporary) }
            throw PipelineError.io("\(t.destination): cannot replace the file: \(reason); no file was changed")
        }
    }
}
