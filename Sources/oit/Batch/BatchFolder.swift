import Foundation
import OITCheck
import OITReport

/// The folder a batch writes to: `sites/SLUG.json|md|html` for each agency as soon as it is
/// checked, and the province summary (`index.html`, `summary.csv`, `summary.json`). Every file
/// is written whole (``WholeFile``), so a site whose JSON is there is finished.
struct BatchFolder {
    let root: URL
    var sites: URL { root.appendingPathComponent("sites") }

    init(path: String) throws(CLIFailure) {
        root = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("sites"), withIntermediateDirectories: true)
        } catch {
            throw .usage(th: "สร้างโฟลเดอร์ผลลัพธ์ \(path) ไม่ได้: \(error.localizedDescription)",
                         en: "cannot create the output folder \(path): \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: root.path) else {
            throw .usage(th: "เขียนลงโฟลเดอร์ผลลัพธ์ \(path) ไม่ได้", en: "cannot write to the output folder \(path)")
        }
        // What a killed run was writing when it died.
        WholeFile.removePartials(in: root)
        WholeFile.removePartials(in: sites)
    }

    func reportURL(of site: BatchSite, _ ext: String) -> URL {
        sites.appendingPathComponent("\(site.slug).\(ext)")
    }

    /// The site's finished report, if an earlier run wrote one.
    func finished(_ site: BatchSite) -> JSONReport? {
        guard let data = try? Data(contentsOf: reportURL(of: site, "json")) else { return nil }
        return try? JSONReport.decode(data).forSummary()
    }

    /// Writes the site's reports: Markdown and HTML first, the JSON (which marks it finished)
    /// last; returns the JSON report.
    func write(_ site: BatchSite, result: CheckResult, context: ReportContext) throws(CLIFailure) -> JSONReport {
        try write(MarkdownReporter().render(result, context: context), to: reportURL(of: site, "md"))
        try write(HTMLReporter().render(result, context: context), to: reportURL(of: site, "html"))
        let report = JSONReport(result, language: context.language)
        try write(report.utf8, to: reportURL(of: site, "json"))
        return report
    }

    func writeSummary(_ summary: ProvinceSummary, context: ReportContext) throws(CLIFailure) {
        try write(ProvinceHTML.render(summary, language: context.language, checkedOn: context.checkedOn),
                  to: root.appendingPathComponent("index.html"))
        try write(ProvinceCSV.render(summary, language: context.language), to: root.appendingPathComponent("summary.csv"))
        let json: Data
        do {
            json = try ProvinceJSON(summary, checkedOn: context.checkedOn).encoded()
        } catch {
            throw .failed(th: "สร้างไฟล์สรุปไม่ได้: \(error)", en: "could not encode the summary: \(error)")
        }
        try write(json, to: root.appendingPathComponent("summary.json"))
    }

    private func write(_ text: String, to url: URL) throws(CLIFailure) {
        try write(Data(text.utf8), to: url)
    }

    private func write(_ data: Data, to url: URL) throws(CLIFailure) {
        try writing(url) { try WholeFile.write(data, to: url) }
    }

    private func write(_ bytes: [UInt8], to url: URL) throws(CLIFailure) {
        try writing(url) { try WholeFile.write(bytes, to: url) }
    }

    private func writing(_ url: URL, _ body: () throws -> Void) throws(CLIFailure) {
        do {
            try body()
        } catch {
            throw .failed(th: "เขียน \(url.path) ไม่ได้: \(error.localizedDescription)", en: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
