import Foundation
import OITCheck

/// The machine-readable report (``JSONReport``), keys sorted so that it diffs well.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        Self.text(of: JSONReport(result, language: context.language))
    }

    /// A report already built, as the text written.
    public static func text(of report: JSONReport) -> String {
        report.text
    }
}
