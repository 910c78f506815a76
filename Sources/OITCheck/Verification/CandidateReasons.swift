import Foundation
import OITCore
import OITCrawler
import OITHTML

/// The reasons a candidate link fails or cannot be decided, each saying what is wrong and what
/// to do, in Thai and English.
extension Reason {
    static func dead(_ reason: Link.DeadReason, href: String) -> Reason {
        let shown = href.isEmpty ? "(ว่าง)" : href
        switch reason {
        case .empty, .fragment:
            return Reason(th: "ลิงก์ไม่ได้ชี้ไปที่ใด (href=\"\(shown)\") ผู้ประเมินคลิกแล้วไม่พบข้อมูล: ใส่ที่อยู่ของหน้าหรือไฟล์จริงให้ลิงก์นี้",
                          en: "The link leads nowhere (href=\"\(href)\"); an assessor clicking it sees nothing: give it the address of the real page or file.")
        case .script:
            return Reason(th: "ลิงก์เป็นคำสั่ง JavaScript (\(shown)) ซึ่งไม่ใช่ที่อยู่ที่กรอกในระบบ ITAS ได้: ใส่ที่อยู่ของหน้าหรือไฟล์โดยตรง",
                          en: "The link is a JavaScript call (\(href)), not an address that can be entered in ITAS: link the page or file directly.")
        }
    }

    static let unreadableAddress = Reason(
        th: "อ่านที่อยู่ของลิงก์ไม่ได้ (อาจมีโค้ดแม่แบบหรืออักขระผิด): แก้ลิงก์ให้เป็นที่อยู่เว็บที่ถูกต้อง",
        en: "The link's address cannot be read (template code or bad characters): correct it to a valid web address.")

    static let notOpenedOffline = Reason(
        th: "ยังไม่ได้เปิดตรวจว่าลิงก์นี้เปิดได้ (ตรวจจากไฟล์ที่บันทึกไว้): ตรวจซ้ำด้วยที่อยู่เว็บไซต์จริง หรือเปิดลิงก์ดูเอง",
        en: "Not opened to see whether it works (checked from a saved copy): re-run against the live site, or open the link yourself.")

    static let notOpenedOtherSite = Reason(
        th: "ไม่ได้เปิดตรวจลิงก์ที่ไปยังเว็บไซต์อื่น (--stay-on-site): เปิดลิงก์ดูเองว่าเปิดได้และเป็นข้อมูลของปีที่ประเมิน",
        en: "Links to other sites were not opened (--stay-on-site): open it yourself to see that it works and is of the year assessed.")

    static let missingFromCopy = Reason(
        th: "ไม่มีหน้านี้ในสำเนาเว็บไซต์ที่ตรวจ: ตรวจซ้ำด้วยที่อยู่เว็บไซต์จริง หรือเปิดลิงก์ดูเอง",
        en: "This page is not in the saved copy of the site: re-run against the live site, or open the link yourself.")

    static func failed(_ error: FetchError) -> Reason {
        switch error {
        case .dns(let host):
            return Reason(th: "ชื่อโดเมน \(host) ไม่มีอยู่ (DNS): แก้ลิงก์ให้ชี้ไปยังโดเมนที่ใช้งานอยู่",
                          en: "The host \(host) does not exist (DNS): point the link at a domain that is in use.")
        case .connection(let detail):
            return Reason(th: "เชื่อมต่อเครื่องแม่ข่ายไม่ได้ (\(detail)): ตรวจสอบว่าเว็บไซต์ปลายทางเปิดให้บริการอยู่",
                          en: "Could not connect (\(detail)): check that the target server is up.")
        case .tls(let detail):
            return Reason(th: "ใบรับรองความปลอดภัย (HTTPS/TLS) ของปลายทางใช้ไม่ได้ (\(detail)) เบราว์เซอร์ของผู้ประเมินจะเตือนหรือไม่เปิด: ต่ออายุหรือติดตั้งใบรับรองให้ถูกต้อง",
                          en: "The target's HTTPS certificate fails (\(detail)); the assessor's browser will warn or refuse: renew or install the certificate correctly.")
        case .timeout(let seconds):
            return Reason(th: "ปลายทางไม่ตอบภายใน \(Int(seconds.rounded())) วินาที: เปิดลิงก์ดูเอง หากช้าจริงให้ย้ายไฟล์ไปไว้ที่ที่เปิดได้เร็ว",
                          en: "No answer within \(Int(seconds.rounded())) s: open the link yourself; if it is really that slow, host the file where it opens quickly.")
        case .tooManyRedirects, .redirectLoop:
            return Reason(th: "ลิงก์ส่งต่อ (redirect) วนไม่สิ้นสุด: แก้การตั้งค่าเว็บไซต์หรือใส่ที่อยู่ปลายทางจริง",
                          en: "The link redirects in a loop: fix the site's configuration or link the final address.")
        case .robotsDisallowed:
            return .robotsDisallowed
        case .notCached:
            return Reason(th: "ตรวจแบบออฟไลน์และไม่มีหน้านี้ในแคช: ตรวจซ้ำแบบออนไลน์",
                          en: "Offline run and the page is not in the cache: re-run online.")
        case .cancelled:
            return Reason(th: "การตรวจหยุดก่อนเปิดลิงก์นี้: ตรวจซ้ำ",
                          en: "The run stopped before this link was opened: run it again.")
        case .invalidURL, .unsupportedScheme:
            return Reason(th: "ที่อยู่ของลิงก์ใช้ไม่ได้ (\(error.description)): แก้ลิงก์ให้เป็นที่อยู่เว็บ http(s) ที่ถูกต้อง",
                          en: "The link's address cannot be opened (\(error.description)): correct it to a valid http(s) address.")
        case .other(let detail):
            return Reason(th: "เปิดลิงก์ไม่สำเร็จ (\(detail)): เปิดลิงก์ดูเองและแก้ให้เปิดได้",
                          en: "The link could not be opened (\(detail)): open it yourself and make it work.")
        }
    }

    static let robotsDisallowed = Reason(
        th: "robots.txt ของเว็บไซต์ห้ามเครื่องมืออ่านหน้านี้ จึงไม่ได้ตรวจ: เปิดลิงก์ดูเอง",
        en: "The site's robots.txt forbids reading this page, so it was not checked: open the link yourself.")

    static func httpStatus(_ status: Int) -> Reason {
        switch status {
        case 429, 503:
            return Reason(th: "เว็บไซต์ตอบว่าไม่ว่างหรือถูกจำกัดการเข้าถึง (HTTP \(status)) จึงตัดสินไม่ได้: เปิดลิงก์ดูเองภายหลัง",
                          en: "The site answered busy or rate-limited (HTTP \(status)), so it could not be decided: open the link yourself later.")
        case 404, 410:
            return Reason(th: "ลิงก์เสีย: ไม่พบหน้าหรือไฟล์ (HTTP \(status)): อัปโหลดไฟล์ใหม่หรือแก้ลิงก์ให้ชี้ไปยังที่อยู่ที่ถูกต้อง",
                          en: "Broken link: not found (HTTP \(status)): upload the file again or point the link at the right address.")
        case 401, 403, 407:
            return Reason(th: "ปลายทางไม่อนุญาตให้เข้าถึง (HTTP \(status)) ผู้ประเมินเปิดไม่ได้: เปิดสิทธิ์ให้บุคคลทั่วไปดูได้",
                          en: "Access is refused (HTTP \(status)); an assessor cannot open it: make it public.")
        default:
            return Reason(th: "ปลายทางตอบกลับด้วยข้อผิดพลาด (HTTP \(status)): แก้ให้หน้าหรือไฟล์เปิดได้",
                          en: "The target answers with an error (HTTP \(status)): make the page or file open.")
        }
    }

    static func soft404(_ why: Soft404) -> Reason {
        Reason(th: "หน้าปลายทางไม่ใช่ข้อมูลที่ต้องการ (\(why.explanation.th)): แก้ลิงก์ให้ชี้ไปยังหน้าหรือไฟล์ที่มีข้อมูลจริง",
               en: "The target is not the content (\(why.explanation.en)): point the link at the real page or file.")
    }

    static let loginWall = Reason(
        th: "ปลายทางต้องเข้าสู่ระบบก่อน ผู้ประเมินและประชาชนดูไม่ได้: เผยแพร่ข้อมูลไว้ในหน้าที่เปิดได้โดยไม่ต้องเข้าสู่ระบบ",
        en: "The target asks for a login; assessors and the public cannot see it: publish it where no login is needed.")

    static func external(host: String) -> Reason {
        Reason(th: "ลิงก์ไปยังเว็บไซต์อื่น (\(host)) แต่ข้อนี้ต้องเผยแพร่บนเว็บไซต์ของหน่วยงานเอง: นำข้อมูลขึ้นเว็บไซต์หลักของหน่วยงาน",
               en: "The link goes to another site (\(host)), but this item must be on the agency's own website: publish it there.")
    }

    static func noDate(_ rule: PeriodRule) -> Reason {
        Reason(th: "ไม่พบปี พ.ศ. ในชื่อลิงก์ ชื่อไฟล์ หรือหัวเรื่องของเอกสาร จึงบอกไม่ได้ว่าเป็น\(rule.explanation.th)หรือไม่: ระบุปีงบประมาณในชื่อเอกสารหรือชื่อลิงก์",
               en: "No year in the link, file name or document title, so it cannot tell whether it is \(rule.explanation.en): put the fiscal year in the document's or the link's name.")
    }

    static func stale(_ date: EvidenceDate, rule: PeriodRule, assessing assessed: FiscalYear) -> Reason {
        let wanted = rule.expectedYear(assessing: assessed)?.buddhistYear ?? assessed.buddhistYear
        return Reason(th: "ข้อมูลเป็นของปี \(date.year) (อ่านจาก\(date.source.thaiName) \"\(date.text)\") แต่ข้อนี้ต้องเป็น\(rule.explanation.th) (\(wanted)): เผยแพร่ฉบับปี \(wanted) และแก้ลิงก์ให้ชี้ไปที่ฉบับนั้น",
                      en: "The evidence is of \(date.year) (read from the \(date.source.englishName) \"\(date.text)\"), but the item must be \(rule.explanation.en) (\(wanted)): publish the \(wanted) edition and link it.")
    }

    static let generalComplaintChannel = Reason(
        th: "พบเพียงช่องทางร้องเรียนทั่วไป ไม่ระบุว่ารับแจ้งเรื่องทุจริตและประพฤติมิชอบ: จัดช่องทางแจ้งเรื่องทุจริตแยกต่างหาก หรือระบุให้ชัดว่าช่องทางนี้รับเรื่องทุจริต",
        en: "Only a general complaints channel, not one that says it takes corruption reports: provide a separate corruption channel, or say clearly that this one takes them.")
}

extension EvidenceDate.Source {
    var thaiName: String {
        switch self {
        case .label: return "ชื่อลิงก์"
        case .heading: return "หัวข้อที่ลิงก์อยู่"
        case .url: return "ที่อยู่/ชื่อไฟล์"
        case .title: return "หัวเรื่องของหน้า"
        case .pdf: return "วันที่สร้างไฟล์ PDF"
        case .lastModified: return "วันที่แก้ไขล่าสุดของไฟล์"
        case .text: return "เนื้อหาของหน้า"
        }
    }

    var englishName: String {
        switch self {
        case .label: return "link label"
        case .heading: return "heading the link stands under"
        case .url: return "address or file name"
        case .title: return "page title"
        case .pdf: return "PDF's creation date"
        case .lastModified: return "file's last-modified date"
        case .text: return "page text"
        }
    }
}
