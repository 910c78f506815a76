import Testing
@testable import OITCore

@Suite("Reading years and dates")
struct ThaiDateReaderTests {
    /// One expected mention: kind, years, month, day.
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: DateMention.Kind
        let years: ClosedRange<Int>
        var month: Int? = nil
        var day: Int? = nil
        var era: Era = .buddhist
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "พ.ศ. 2567", kind: .year, years: 2567...2567),
        Case(text: "ประกาศ ณ วันที่ พ.ศ.๒๕๖๗", kind: .year, years: 2567...2567),
        Case(text: "แผนดำเนินงาน ปีงบประมาณ 2568", kind: .fiscalYear, years: 2568...2568),
        Case(text: "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", kind: .fiscalYear, years: 2568...2568),
        Case(text: "รายงาน ปีงบฯ 68", kind: .fiscalYear, years: 2568...2568),
        Case(text: "ปีงบ 67", kind: .fiscalYear, years: 2567...2567),
        Case(text: "Annual Report FY2025", kind: .fiscalYear, years: 2568...2568, era: .christian),
        Case(text: "แผนพัฒนาท้องถิ่น (พ.ศ. 2566-2570)", kind: .yearRange, years: 2566...2570),
        Case(text: "แผนยุทธศาสตร์ 2567 – 2570", kind: .yearRange, years: 2567...2570),
        Case(text: "แผนอัตรากำลัง 3 ปี 2567 ถึง 2569", kind: .yearRange, years: 2567...2569),
        Case(text: "แผนพัฒนา 2566-70", kind: .yearRange, years: 2566...2570),
        Case(text: "สขร.1 ตุลาคม 2566", kind: .month, years: 2566...2566, month: 10),
        Case(text: "ประจำเดือน ต.ค. 66", kind: .month, years: 2566...2566, month: 10),
        Case(text: "ข้อมูล ณ 15 มี.ค. 2568", kind: .month, years: 2568...2568, month: 3, day: 15),
        Case(text: "ประกาศวันที่ 1 มกราคม ๒๕๖๘", kind: .month, years: 2568...2568, month: 1, day: 1),
        Case(text: "กรกฏาคม 2567", kind: .month, years: 2567...2567, month: 7),
        Case(text: "updated 1/10/2567", kind: .month, years: 2567...2567, month: 10, day: 1),
        Case(text: "file-2024-10-01.pdf", kind: .month, years: 2567...2567, month: 10, day: 1, era: .christian),
        Case(text: "October 2024", kind: .month, years: 2567...2567, month: 10, era: .christian),
        Case(text: "Annual Report 2024", kind: .year, years: 2567...2567, era: .christian),
        Case(text: "ค.ศ. 2024", kind: .year, years: 2567...2567, era: .christian),
        Case(text: "ITA 2568", kind: .year, years: 2568...2568),
        Case(text: "แผน ปี 68", kind: .year, years: 2568...2568),
    ]

    @Test("reads the one mention in each text", arguments: cases)
    func reads(_ expected: Case) throws {
        let mentions = ThaiDateReader.mentions(in: expected.text)
        try #require(mentions.count == 1, "found \(mentions)")
        let mention = mentions[0]
        #expect(mention.kind == expected.kind)
        #expect(mention.years == expected.years)
        #expect(mention.month == expected.month)
        #expect(mention.day == expected.day)
        #expect(mention.era == expected.era)
    }

    @Test("numbers that are not years are left alone",
          arguments: ["O12 ข้อมูลผู้บริหาร", "รอบ 6 เดือน", "โทร 0 2123 4567", "ข้อ 68", "MOIT22", "งบลงทุน 150,000 บาท",
                      "สขร.1", "ชั้น 3 ห้อง 305", "ITA-o12 (Excel)"])
    func notYears(_ text: String) {
        #expect(ThaiDateReader.mentions(in: text).isEmpty)
    }

    @Test("the mention keeps the words it was read from")
    func mentionText() throws {
        let mention = try #require(ThaiDateReader.mentions(in: "รายงาน ประจำปีงบประมาณ พ.ศ. 2568 (ฉบับปรับปรุง)").first)
        #expect(mention.text == "ปีงบประมาณ พ.ศ. 2568")
    }

    @Test("several mentions come out in order")
    func severalMentions() {
        let mentions = ThaiDateReader.mentions(in: "รายงานปี 2567 เผยแพร่ ต.ค. 67 แผน 2568-2570")
        #expect(mentions.map(\.kind) == [.year, .month, .yearRange])
        #expect(mentions.map(\.years.lowerBound) == [2567, 2567, 2568])
    }

    @Test("a mention maps to the fiscal years it is about")
    func fiscalYears() throws {
        let october = try #require(ThaiDateReader.mentions(in: "ตุลาคม 2566").first)
        #expect(october.fiscalYears == FiscalYear(2567)...FiscalYear(2567))
        let september = try #require(ThaiDateReader.mentions(in: "กันยายน 2567").first)
        #expect(september.fiscalYears == FiscalYear(2567)...FiscalYear(2567))
        let plan = try #require(ThaiDateReader.mentions(in: "แผนพัฒนา พ.ศ. 2566-2570").first)
        #expect(plan.fiscalYears == FiscalYear(2566)...FiscalYear(2570))
        #expect(october.description == "2566-10")
    }

    @Test("a text has a digit, read by bytes, exactly when one of its scalars is an ASCII or Thai digit")
    func hasDigitByBytes() {
        // Thai digits and their neighbours in the block (ๅ ๚), and scalars sharing their bytes
        // elsewhere (¹ is C2 B9, ṑ is E1 B9 91).
        let pieces = ["ก", "a", " ", "๐", "๕", "๙", "0", "9", "ๅ", "๚", "¹", "ṑ", "/", ":", "😀"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.unicodeScalars.contains { (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value) }
            #expect(ThaiDateReader.hasDigit(text) == expected, "\(Array(text.unicodeScalars))")
            #expect(ThaiDateReader.hasDigit(text.dropFirst()) == text.dropFirst().unicodeScalars.contains {
                (0x30...0x39).contains($0.value) || (0x0E50...0x0E59).contains($0.value)
            })
        }
    }
}
