import Foundation
import Testing
@testable import OITHTML

@Suite("Encodings, in the HTML standard's order")
struct EncodingTests {
    @Test("TIS-620 bytes declared by a meta tag")
    func tis620WithMeta() throws {
        let page = try Fixture.page("tis620-meta.html")
        #expect(page.encoding == .windows874)
        #expect(page.encodingSource == .metaTag)
        #expect(page.title == "องค์การบริหารส่วนตำบลตัวอย่าง")
        #expect(page.links.map(\.text) == ["โครงสร้างองค์กร", "อำนาจหน้าที่", "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘"])
        #expect(page.issues.isEmpty)
    }

    @Test("TIS-620 bytes with no declaration fall back to windows-874, whatever the file is called")
    func tis620WithoutMeta() throws {
        let page = try Fixture.page("tis620-nometa.php")
        #expect(page.encoding == .windows874)
        #expect(page.encodingSource == .fallback)
        #expect(page.title == "อบต.ไม่มีเมตา")
        #expect(page.text.contains("ติดต่อ โทร ๐ ๕๓๑๒ ๓๔๕๖"))
        #expect(page.links.count == 3)
    }

    @Test("UTF-8 with no declaration is read as UTF-8, not Latin-1")
    func utf8WithoutMeta() throws {
        let page = try Fixture.page("utf8-nometa.tpl")
        #expect(page.encoding == .utf8)
        #expect(page.encodingSource == .validUTF8)
        #expect(page.title == "เทศบาลตำบลไม่มีเมตา")
        #expect(page.links.first?.text == "โครงสร้างองค์กร")
    }

    @Test("a Word export: windows-1252 declared, Thai written as entities, Office comments ignored")
    func wordExport() throws {
        let page = try Fixture.page("word-export.htm")
        #expect(page.encoding == .windows1252)
        #expect(page.encodingSource == .metaTag)
        #expect(page.title == "อำนาจหน้าที่")
        #expect(page.text.contains("อำนาจหน้าที่ขององค์การบริหารส่วนตำบล"))
        #expect(page.text.contains("พ.ศ. ๒๕๓๗"))
        #expect(!page.text.contains("admin"))
        #expect(!page.text.contains("MsoNormal"))
        #expect(page.links.map(\.text) == ["กฎหมายที่เกี่ยวข้อง"])
    }

    @Test("a byte order mark outranks a meta tag that lies")
    func bomOutranksMeta() throws {
        let page = try Fixture.page("utf8-bom-lying-meta.html")
        #expect(page.encoding == .utf8)
        #expect(page.encodingSource == .byteOrderMark)
        #expect(page.title == "บอม")
    }

    @Test("the HTTP charset outranks the meta tag")
    func httpOutranksMeta() throws {
        let page = try Fixture.page("tis620-meta.html", contentType: "text/html; charset=\"WINDOWS-874\"")
        #expect(page.encodingSource == .httpHeader)
        #expect(page.title == "องค์การบริหารส่วนตำบลตัวอย่าง")
    }

    @Test("bytes that do not fit the declared encoding are replaced and counted")
    func lyingHeader() throws {
        let page = try Fixture.page("tis620-meta.html", contentType: "text/html; charset=utf-8")
        #expect(page.encoding == .utf8)
        guard case .undecodableBytes(let count, .utf8)? = page.issues.first else {
            Issue.record("expected undecodable bytes, got \(page.issues)")
            return
        }
        #expect(count > 20)
        #expect(page.title.contains("\u{FFFD}"))
    }

    @Test("an unknown declared label is reported and the next rule applies")
    func unknownLabel() throws {
        let page = try Fixture.page("utf8-nometa.tpl", contentType: "text/html; charset=x-no-such-thing")
        #expect(page.encoding == .utf8)
        #expect(page.issues == [.unknownEncodingLabel("x-no-such-thing")])
    }

    @Test("UTF-16 with a byte order mark")
    func utf16() throws {
        let page = try Fixture.page("utf16le.html")
        #expect(page.encoding == .utf16LittleEndian)
        #expect(page.title == "ยูทีเอฟสิบหก")
        #expect(page.links.map(\.text) == ["ติดต่อเรา"])
    }

    @Test("labels of the Thai encodings all mean windows-874", arguments: ["tis-620", "TIS620", "iso-8859-11", "x-cp874", "windows-874", " Windows-874 "])
    func thaiLabels(_ label: String) {
        #expect(CharacterEncoding(label: label) == .windows874)
    }

    @Test("latin1 and ascii mean windows-1252; utf8 spellings mean UTF-8")
    func otherLabels() {
        #expect(CharacterEncoding(label: "ISO-8859-1") == .windows1252)
        #expect(CharacterEncoding(label: "us-ascii") == .windows1252)
        #expect(CharacterEncoding(label: "UTF8") == .utf8)
        #expect(CharacterEncoding(label: "") == nil)
        #expect(CharacterEncoding(label: "<script>") == nil)
    }

    @Test("the charset parameter of Content-Type")
    func contentTypeCharset() {
        #expect(EncodingSniffer.charset(fromContentType: "text/html; charset=TIS-620") == "TIS-620")
        #expect(EncodingSniffer.charset(fromContentType: "text/html;charset='utf-8'") == "utf-8")
        #expect(EncodingSniffer.charset(fromContentType: "text/html") == nil)
        #expect(EncodingSniffer.charset(fromContentType: nil) == nil)
    }

    @Test("the meta pre-scan skips comments, needs http-equiv for content=, and stops at 1024 bytes")
    func metaPrescan() {
        let commented = Array("<!-- <meta charset=\"tis-620\"> --><meta charset='utf-8'>".utf8)
        #expect(MetaCharsetScanner.scan(commented) == "utf-8")
        let noPragma = Array("<meta content=\"text/html; charset=tis-620\">".utf8)
        #expect(MetaCharsetScanner.scan(noPragma) == nil)
        let pragma = Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-874\">".utf8)
        #expect(MetaCharsetScanner.scan(pragma) == "windows-874")
        let late = Array((String(repeating: " ", count: 1100) + "<meta charset=tis-620>").utf8)
        #expect(MetaCharsetScanner.scan(late) == nil)
        let inAttribute = Array("<div title=\"<meta charset=tis-620>\"><meta charset=utf-8>".utf8)
        #expect(MetaCharsetScanner.scan(inAttribute) == "utf-8")
    }

    @Test("windows-874 bytes decode to the Thai block, undefined bytes to U+FFFD")
    func windows874Table() {
        let (utf8, replaced) = SingleByteTable.windows874.decodeToUTF8([0xA1, 0xDF, 0xF0, 0xF9, 0x80, 0x41, 0xDB][...])
        #expect(String(decoding: utf8, as: UTF8.self) == "ก฿๐๙€A\u{FFFD}")
        #expect(replaced == 1)
    }

    @Test("UTF-8 validation tells truncation from garbage")
    func utf8Validation() {
        let thai = Array("อำนาจ".utf8)
        #expect(UTF8Validator.scan(thai).isValidIgnoringTruncation)
        let cut = UTF8Validator.scan(Array(thai.dropLast()))
        #expect(cut.endsMidSequence && cut.invalidBytes == 0)
        let overlong = UTF8Validator.scan([0xC0, 0xAF, 0x41])
        #expect(overlong.invalidBytes == 2)
        #expect(UTF8Validator.repaired([0x41, 0xFF, 0x42]) == [0x41, 0xEF, 0xBF, 0xBD, 0x42])
    }

    @Test("UTF-8 validation agrees with the standard library wherever a bad byte falls in a run of ASCII")
    func utf8ValidationAgainstStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("ก".utf8), Array("a".utf8), Array("<p class=\"x\">".utf8), [0xFF], [0xE0, 0xB8],
                                 [0xC0, 0xAF], [0x80], Array("€".utf8), [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80],
                                 Array("ข่าวประชาสัมพันธ์".utf8), Array("๒๕๖๘".utf8), [0xE0, 0xA0, 0x80], [0xE0, 0xB9, 0xC0],
                                 [0xE0, 0xBA, 0x81], [0xE0, 0x9F, 0x80]]
        for round in 0..<4_000 {
            var bytes: [UInt8] = []
            // Half the rounds run pieces together: long Thai runs, broken in every way.
            let gap = round % 2 == 0 ? 0...19 : 0...1
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Array(repeating: UInt8(ascii: "x"), count: Int.random(in: gap, using: &generator))
                bytes += pieces.randomElement(using: &generator)!
            }
            let scanned = UTF8Validator.scan(bytes)
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect((scanned.invalidBytes == 0 && !scanned.endsMidSequence) == valid, "\(bytes)")
            #expect(scanned.invalidBytes == UTF8Validator.repaired(bytes).count(of: [0xEF, 0xBF, 0xBD]) - bytes.count(of: [0xEF, 0xBF, 0xBD])
                    || scanned.endsMidSequence, "\(bytes)")
        }
    }
}

private extension Array where Element == UInt8 {
    /// How many times `pattern` occurs, not overlapping.
    func count(of pattern: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index + pattern.count <= self.count {
            if Array(self[index..<index + pattern.count]) == pattern {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }
}
