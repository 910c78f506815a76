import Foundation

/// The file a report is written to, checked before the run so that a long crawl does not end
/// in "cannot write"; written whole (a partial report never replaces a good one).
struct ReportFile {
    let url: URL

    init(path: String) throws(CLIFailure) {
        url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .usage(th: "--out \(path) เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์ เช่น \(path)/report.json",
                         en: "--out \(path) is a folder; name a file, e.g. \(path)/report.json")
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .usage(th: "เขียน \(path) ไม่ได้: ไม่มีโฟลเดอร์ \(folder)", en: "cannot write \(path): the folder \(folder) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw .usage(th: "เขียน \(path) ไม่ได้: ไม่มีสิทธิ์เขียนในโฟลเดอร์ \(folder)",
                         en: "cannot write \(path): the folder \(folder) is not writable")
        }
    }

    func write(_ data: Data) throws(CLIFailure) {
        do {
            try WholeFile.write(data, to: url)
        } catch {
            throw .usage(th: "เขียน \(url.path) ไม่ได้: \(error.localizedDescription)", en: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
