import CLibXML2

/// Runs libxml2's HTML parser in SAX mode (no tree is built) over UTF-8 bytes and feeds a
/// ``PageCollector``. libxml2 is initialised once per process; separate parses may run in
/// parallel.
enum SAXParser {
    private static let initialized: Void = { xmlInitParser() }()

    /// Recover from errors, print nothing, never fetch anything from the network.
    private static let options = oit_html_page_options()

    nonisolated(unsafe) private static let handler: htmlSAXHandler = {
        var handler = htmlSAXHandler()
        // The structured error channel is only used with the SAX2 magic; the HTML parser
        // still calls the SAX1 `startElement`.
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let collector = collectorFrom(context)
            collector.startElement(name, attributes)
            if !collector.wantsText { collector.skipText() }
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            collectorFrom(context).endElement(name)
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            collectorFrom(context).characters(bytes, count: Int(count))
        }
        handler.ignorableWhitespace = handler.characters
        // Script and style content arrives as CDATA: ignore it. Comments: no handler.
        handler.cdataBlock = { _, _, _ in }
        handler.serror = { context, error in
            guard let context, let error else { return }
            switch error.pointee.code {
            case Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue):
                // libxml2 ignores `</a>` while an element it ranks higher (an unclosed `<div>` in
                // the link) is open, and would run the link's label on into the text after it. A
                // browser closes the link there; the mismatch error tells us where.
                guard let name = error.pointee.str1 else { return }
                collectorFrom(context).endTagIgnored(String(cString: name))
            case Int32(XML_ERR_INVALID_ENCODING.rawValue), Int32(XML_ERR_INVALID_CHAR.rawValue):
                // Bytes that are not UTF-8 (libxml2 reads the rest as Latin-1), or a character it
                // drops (a surrogate's bytes, and the control characters and `&#0;` that are no
                // fault of the encoding): the page is read again from bytes checked and repaired.
                collectorFrom(context).sawInvalidUTF8 = true
            default:
                return
            }
        }
        return handler
    }()

    /// - Parameter skippingUnwantedText: let libxml2 pass over the text after a start tag that the
    ///   collector would throw away (see `oit_html_skip_text`); the tests compare the two.
    static func parse(_ utf8: [UInt8], into collector: PageCollector, skippingUnwantedText: Bool = true) -> Bool {
        _ = initialized
        collector.skipsUnwantedText = skippingUnwantedText
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let status = utf8.withUnsafeBufferPointer { buffer -> Int32 in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                withUnsafePointer(to: handler) { sax in
                    oit_html_sax_parse(sax, context, bytes, Int32(clamping: buffer.count), options) { user, parser in
                        guard let user else { return }
                        nonisolated(unsafe) let parser = parser
                        let collector = SAXParser.collectorFrom(user)
                        collector.currentLine = { Int(oit_html_tag_start_line(parser)) }
                        if collector.skipsUnwantedText {
                            collector.skipText = { [unowned collector] in
                                if oit_html_skip_text(parser) != 0 { collector.textsSkipped += 1 }
                            }
                        }
                    }
                }
            }
        }
        collector.finish()
        return status == 0
    }

    private static func collectorFrom(_ context: UnsafeMutableRawPointer) -> PageCollector {
        Unmanaged<PageCollector>.fromOpaque(context).takeUnretainedValue()
    }
}
