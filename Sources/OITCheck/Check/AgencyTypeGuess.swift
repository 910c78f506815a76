import Foundation
import OITCore

/// Which kind of agency a site belongs to, to pick its form when none is named: a district
/// office (on amphoe.com or calling itself ที่ว่าการอำเภอ), a vocational college, a local
/// administration (อบต., เทศบาล, อบจ.), else a government agency.
public enum AgencyTypeGuess {
    static let districtWords = keys(["ที่ว่าการอำเภอ", "ที่ทำการปกครองอำเภอ"])
    static let vocationalWords = keys(["วิทยาลัยเทคนิค", "วิทยาลัยอาชีวศึกษา", "วิทยาลัยการอาชีพ", "วิทยาลัยเกษตร",
                                       "วิทยาลัยสารพัดช่าง", "วิทยาลัยพณิชยการ", "วิทยาลัยประมง"])
    static let localWords = keys(["องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง",
                                  "เทศบาลนคร", "อบต.", "อบจ."])

    /// - Parameter title: the home page's title, as the site names itself.
    public static func guess(start: URL, title: String) -> AgencyType {
        let host = start.host?.lowercased() ?? ""
        let key = NormalizedText(title).key
        if host == "amphoe.com" || host.hasSuffix(".amphoe.com") || districtWords.contains(where: key.contains) {
            return .amphoe
        }
        if vocationalWords.contains(where: key.contains) { return .vocational }
        if localWords.contains(where: key.contains) { return .lao }
        return .general
    }

    private static func keys(_ words: [String]) -> [String] { words.map { NormalizedText($0).key } }
}
