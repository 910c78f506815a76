import Foundation
import OITCheck

/// The machine-readable report (``JSONReport``), keys sorted so that it diffs well.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        JSONReport(result, language: context.language).text
    }

}
