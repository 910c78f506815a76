import Synchronization

/// The dates of where a link leads, most trusted first: the URL it ended at, a page's title, a
/// document's own dates and `Last-Modified`, and last a page's text, which is read only when a
/// judgement gets that far (most are decided before it, and the text is the costly part).
final class TargetDates: Sendable {
    let groups: [(EvidenceDate.Source, [EvidenceDate])]
    /// The page whose text is read for dates (its text is made only then).
    private let page: Target?
    private let textDates = Mutex<[EvidenceDate]?>(nil)

    init(_ target: Target) {
        var groups: [(EvidenceDate.Source, [EvidenceDate])] = [(.url, target.finalURL.map(EvidenceDate.inURL) ?? [])]
        switch target {
        case .page, .fetched:
            groups.append((.title, target.headline.map { EvidenceDate.mentioned(in: $0, source: .title) } ?? []))
            page = target
        case .document(let document):
            let pdf = document.pdfDates.flatMap { $0.modified ?? $0.created }
            groups.append((.pdf, pdf.map { [EvidenceDate.published($0, source: .pdf)] } ?? []))
            groups.append((.lastModified, document.lastModified.map { [EvidenceDate.published($0, source: .lastModified)] } ?? []))
            page = nil
        default:
            page = nil
        }
        self.groups = groups
    }

    /// The dates a page's text mentions (read on first use).
    var inText: [EvidenceDate] {
        textDates.withLock { known in
            if let known { return known }
            let found = page?.textUTF8.map { EvidenceDate.mentioned(inUTF8: $0, source: .text) } ?? []
            known = found
            return found
        }
    }
}
