import Foundation
import OITCheck

/// The machine-readable report (``JSONReport``), keys sorted so that it diffs well.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ result: CheckResult, context: ReportContext) -> String {
        // Encoding plain values of strings and numbers cannot fail.
        let data = (try? JSONReport(result, language: context.language).encoded()) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
