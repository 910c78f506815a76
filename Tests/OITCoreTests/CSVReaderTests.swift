import Testing
@testable import OITCore

@Suite("CSV reading")
struct CSVReaderTests {
    @Test("quoted fields keep commas, doubled quotes and line breaks; lines are counted")
    func quoting() throws {
        let text = "\u{FEFF}code,title\r\nO1,\"โครงสร้าง, อำนาจหน้าที่\"\r\nO2,\"ชื่อ \"\"ผู้บริหาร\"\"\nบรรทัดสอง\"\nO3,ติดต่อ\n"
        let records = try CSVReader.records(in: text)
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[0].fields == ["code", "title"])
        #expect(records[1][1] == "โครงสร้าง, อำนาจหน้าที่")
        #expect(records[2][1] == "ชื่อ \"ผู้บริหาร\"\nบรรทัดสอง")
        #expect(records[3].fields == ["O3", "ติดต่อ"])
    }

    @Test("blank lines are skipped and short records read as empty fields")
    func blankAndShort() throws {
        let records = try CSVReader.records(in: "a,b\n\nc\n")
        #expect(records.count == 2)
        #expect(records[1][0] == "c")
        #expect(records[1][1] == "")
        #expect(records[1].line == 3)
    }

    @Test("an unclosed quote is an error with its line")
    func unclosedQuote() {
        #expect(throws: CSVReader.Failure.unterminatedQuote(line: 2)) {
            try CSVReader.records(in: "a,b\nO1,\"never closed\nO2,x\n")
        }
    }

    @Test("a last line without a newline is read")
    func noFinalNewline() throws {
        #expect(try CSVReader.records(in: "O1,x").map(\.fields) == [["O1", "x"]])
    }
}
