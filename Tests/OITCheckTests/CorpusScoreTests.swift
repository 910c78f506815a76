import Foundation
import OITCheck
import OITHTML
import Testing

/// The labelled real pages of ../shared/corpus/dev, scored as `scripts/eval-corpus.sh` scores
/// them with eval.py: the release bar is a micro-F1 of 0.90 over anchors labelled with at least
/// medium confidence.
@Suite("Real agency pages: link classification score (../shared/corpus/dev)",
       .enabled(if: DevCorpus.isAvailable, "../shared/corpus/dev is missing: the score is not computed"))
struct CorpusScoreTests {
    static let pages = DevCorpus.pages
    static let labels = DevCorpus.labels

    /// Scores every labelled page the way `oit check PAGE --max-depth 0` reports its links[].
    static func score(minimum: CorpusScore.Confidence) throws -> CorpusScore {
        let classifier = LinkClassifier(lexicon: Repository.library.lexicon, forms: Repository.library.checklists)
        var score = CorpusScore(minimumConfidence: minimum)
        for name in try FileManager.default.contentsOfDirectory(atPath: pages.path).sorted() {
            let labelFile = labels.appendingPathComponent(name + ".labels.jsonl")
            guard FileManager.default.fileExists(atPath: labelFile.path) else { continue }
            let url = pages.appendingPathComponent(name)
            let page = try HTMLDocument.parse([UInt8](try Data(contentsOf: url)), url: url, contentType: "text/html")
            let reported = classifier.classify(page).filter { $0.link.kind == .anchor }.map { link in
                CorpusScore.Reported(href: link.link.href, text: link.link.text, concepts: link.concepts.map(\.rawValue))
            }
            score.add(labels: try CorpusScore.labels(in: labelFile), reported: reported)
        }
        return score
    }

    @Test("micro-F1 is at least 0.90 at medium confidence")
    func meetsTheBar() throws {
        let score = try Self.score(minimum: .medium)
        let summary = String(format: "micro-F1 %.3f precision %.3f recall %.3f anchors-found %d/%d",
                             score.microF1, score.precision, score.recall, score.anchorsFound, score.anchorsLabelled)
        print(summary)
        #expect(score.anchorsFound == score.anchorsLabelled, "every labelled anchor is reported: \(summary)")
        #expect(score.microF1 >= 0.90, "\(summary)")
    }

    @Test("the similarity used to pair anchors is difflib's ratio")
    func ratioMatchesDifflib() {
        // Values from Python: difflib.SequenceMatcher(None, a, b).ratio()
        #expect(CorpusScore.ratio("abcd", "bcde") == 0.75)
        #expect(abs(CorpusScore.ratio("ดาวน์โหลด", "ดาวน์โหลดเอกสาร") - 0.75) < 1e-9)
        #expect(CorpusScore.ratio("", "") == 1)
        #expect(CorpusScore.ratio("abc", "xyz") == 0)
    }
}

/// Where the labelled development pages are.
enum DevCorpus {
    static let pages = Repository.shared.appendingPathComponent("corpus/dev/pages")
    static let labels = Repository.shared.appendingPathComponent("corpus/dev/labels")
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: labels.path) }
}
