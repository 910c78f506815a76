import Foundation
import Testing
@testable import OITCrawler

@Suite("HTTP dates")
struct HTTPDateTests {
    @Test("the three formats of RFC 9110 read to the same instant", arguments: [
        ("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777.0),
        ("Sunday, 06-Nov-94 08:49:37 GMT", 784_111_777.0),
        ("Sun Nov 6 08:49:37 1994", 784_111_777.0),
        ("Thu, 29 Feb 2024 23:59:59 GMT", 1_709_251_199.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
        ("  Mon, 31 Dec 2568 12:00:00 GMT ", 18_902_635_200.0),
    ])
    func formats(text: String, seconds: Double) {
        #expect(HTTPDate.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test("what is not a date is nil", arguments: ["", "yesterday", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
                                                  "Sun, 06 Nov 1994 25:49:37 GMT"])
    func notADate(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test("a date written and read back is the same")
    func roundTrip() {
        let date = Date(timeIntervalSince1970: 1_735_689_600)
        #expect(HTTPDate.parse(HTTPDate.format(date)) == date)
    }
}
