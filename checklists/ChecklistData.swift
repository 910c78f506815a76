import Foundation

/// Where the shipped checklist files are: `concepts.yaml` and `forms/*.yaml`.
///
/// The files are bundled as resources so that the built `oit` finds them. A binary copied away
/// from its build folder can be pointed at any folder of the same shape with the environment
/// variable `OIT_CHECKLISTS`.
public enum ChecklistData {
    /// The environment variable that overrides the bundled folder.
    public static let environmentVariable = "OIT_CHECKLISTS"

    /// The folder holding `concepts.yaml` and `forms/`, or nil when none can be found.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let override = environment[environmentVariable], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        // SwiftPM puts the resource bundle next to the executable.
        let executableDirectory = Bundle.main.bundleURL
        candidates.append(executableDirectory.appendingPathComponent("oit-check_OITChecklistData.resources"))
        candidates.append(executableDirectory.appendingPathComponent("oit-check_OITChecklistData.bundle/Contents/Resources"))
        // A development checkout: this file sits beside the data.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        let manager = FileManager.default
        return candidates.first { manager.fileExists(atPath: $0.appendingPathComponent("concepts.yaml").path) }
    }
}
