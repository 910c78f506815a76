import Foundation
import OITChecklists

/// Paths of the checkout and the shipped library, for tests that read fixtures by path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sites = root.appendingPathComponent("fixtures/sites")

    /// ../shared beside the checkout (`OIT_SHARED` overrides).
    static let shared: URL = {
        if let override = ProcessInfo.processInfo.environment["OIT_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The shipped concepts and forms, read once.
    static let library: ChecklistLibrary = {
        do {
            return try ChecklistLibrary.bundled()
        } catch {
            fatalError("the shipped checklists do not load: \(error)")
        }
    }()
}
