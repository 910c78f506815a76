/// Thai and English month names as they are written in labels and document titles.
enum ThaiMonth {
    /// Every spelling, with its month number, longest first so that "มีนาคม" wins over "มี.ค".
    /// Spellings are in the comparison form of ``ThaiDateReader``: no spaces, Latin lower-case.
    static let spellings: [(spelling: String, month: Int, isLatin: Bool)] = {
        let thaiFull = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
        let thaiShort = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                         "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
        let english = ["january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december"]
        var all: [(String, Int, Bool)] = []
        for (index, name) in thaiFull.enumerated() { all.append((name, index + 1, false)) }
        all.append(("กรกฏาคม", 7, false))            // ฏ for ฎ, common
        all.append(("กุมภาพันธ", 2, false))           // without the thanthakhat
        for (index, name) in thaiShort.enumerated() {
            all.append((name, index + 1, false))
            all.append((String(name.dropLast()), index + 1, false))   // "ต.ค 66"
        }
        for (index, name) in english.enumerated() {
            all.append((name, index + 1, true))
            if name.count > 3 {
                all.append((String(name.prefix(3)) + ".", index + 1, true))
                all.append((String(name.prefix(3)), index + 1, true))
            }
        }
        all.append(("sept", 9, true))
        all.append(("sept.", 9, true))
        return all.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()
}
