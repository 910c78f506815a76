import CLibXML2
import Foundation
import OITCheck
import OITChecklists
import OITCrawler
import OITHTML

/// The CPU path measured on real bytes: parse, parse + link classification, libxml2's SAX parser
/// alone (the options of a page read, callbacks that do nothing: the floor under our parse) and
/// `xmllint --html --noout` on the same files in the same run. Release build only:
///
///     swift run -c release oit-bench FOLDER... [--runs N]
///
/// Prints one Markdown table row per folder: MB/s of each, links/s of ours, and the ratio of our
/// parse time to xmllint's. Medians of N runs (default 5).
struct Bench {
    struct Corpus {
        let name: String
        let files: [(URL, [UInt8])]
        var bytes: Int { files.reduce(0) { $0 + $1.1.count } }
    }

    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 5
        if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let count = Int(arguments[flag + 1]) {
            runs = max(1, count)
            arguments.removeSubrange(flag...flag + 1)
        }
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: oit-bench FOLDER... [--runs N]\n".utf8))
            exit(2)
        }
        xmlInitParser()
        let library = try ChecklistLibrary.bundled()
        let classifier = LinkClassifier(lexicon: library.lexicon, forms: library.checklists)
        print("| pages | MB | ours: parse MB/s | parse + classify MB/s | links/s | libxml2 SAX alone MB/s | xmllint MB/s | parse time / xmllint's |")
        print("|---|---|---|---|---|---|---|---|")
        for folder in arguments {
            let corpus = try load(folder)
            var links = 0
            // As a crawl reads a site: the text cut where a crawl keeps it, each href resolved and
            // each label read once per site (a folder is taken for one site).
            func read(_ bytes: [UInt8], _ url: URL, _ hrefs: HrefMemo) -> HTMLDocument? {
                try? HTMLDocument.parse(bytes, url: url, contentType: "text/html", textLimit: CrawledPage.textKept,
                                        hrefMemo: hrefs)
            }
            let parse = median(runs) {
                let hrefs = HrefMemo()
                for (url, bytes) in corpus.files { _ = read(bytes, url, hrefs) }
            }
            let classify = median(runs) {
                links = 0
                let hrefs = HrefMemo()
                var labels = LabelMemo()
                for (url, bytes) in corpus.files {
                    guard let page = read(bytes, url, hrefs) else { continue }
                    links += classifier.classify(page, memo: &labels).count
                }
            }
            let bare = median(runs) {
                for (_, bytes) in corpus.files { saxAlone(bytes) }
            }
            let xmllint = median(runs) { runXmllint(corpus.files.map(\.0)) }
            let megabytes = Double(corpus.bytes) / 1_000_000
            print(String(format: "| %@: %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.2f |", corpus.name, corpus.files.count, megabytes,
                         megabytes / parse, megabytes / classify, Double(links) / classify, megabytes / bare,
                         megabytes / xmllint, parse / xmllint))
        }
    }

    /// Every file of `folder` (recursively) that looks like HTML.
    static func load(_ folder: String) throws -> Corpus {
        let root = URL(fileURLWithPath: folder)
        var files: [(URL, [UInt8])] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let data = FileManager.default.contents(atPath: url.path), MediaType.sniff(data) == "text/html" else { continue }
            files.append((url, [UInt8](data)))
        }
        files.sort { $0.0.path < $1.0.path }
        return Corpus(name: root.lastPathComponent, files: files)
    }

    /// Seconds of the median of `runs` runs of `body`.
    static func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return times.sorted()[times.count / 2]
    }

    /// The SAX callbacks of a page read, doing nothing, and the options it parses with.
    nonisolated(unsafe) static let emptyHandler: htmlSAXHandler = {
        var handler = htmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElement = { _, _, _ in }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { _, _, _ in }
        handler.serror = { _, _ in }
        return handler
    }()
    static let options = oit_html_page_options()

    /// libxml2's HTML parser over `bytes` with callbacks that do nothing (the bytes taken as
    /// UTF-8, as a page read hands them over after transcoding).
    static func saxAlone(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                withUnsafePointer(to: emptyHandler) { sax in
                    _ = oit_html_sax_parse(sax, nil, pointer, Int32(clamping: buffer.count), options, nil)
                }
            }
        }
    }

    /// libxml2's own HTML parser over the same files, 500 per process, as ../shared/bench does.
    static func runXmllint(_ files: [URL]) {
        var index = 0
        while index < files.count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--html", "--noout"] + files[index..<min(index + 500, files.count)].map(\.path)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
            index += 500
        }
    }
}

try Bench.main()
