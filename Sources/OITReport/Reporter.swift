import OITCheck

/// Turns a check's result into one output format. Reporters never match, fetch or judge: they
/// only arrange what the check decided.
public protocol Reporter: Sendable {
    func render(_ result: CheckResult, context: ReportContext) -> String
}
