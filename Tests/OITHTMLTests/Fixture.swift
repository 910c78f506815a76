import Foundation
import OITHTML

/// The HTML fixtures of this target, as bytes, exactly as written.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
                               "missing fixture \(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func page(_ name: String, url: String = "https://www.example.go.th/index.php",
                     contentType: String? = nil) throws -> HTMLDocument {
        try HTMLDocument.parse(bytes(name), url: URL(string: url), contentType: contentType)
    }
}

/// `#require` outside a test body.
private func require<T>(_ value: T?, _ message: String) throws -> T {
    guard let value else { throw FixtureMissing(message: message) }
    return value
}

struct FixtureMissing: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
