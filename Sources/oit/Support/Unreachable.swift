import Foundation
import OITCore
import OITCrawler

extension CLIFailure {
    /// The site's start page could not be read: what happened and what to do, exit status 3.
    static func unreachable(_ result: CrawlResult, input: SiteInput) -> CLIFailure {
        let url = input.start.absoluteString
        guard let page = result.startPage else {
            return CLIFailure(message: LocalizedText(th: "อ่าน \(url) ไม่ได้: ไม่มีการตอบกลับ", en: "could not read \(url): no answer"),
                              exitCode: ExitStatus.unreachable)
        }
        let hint: LocalizedText
        switch page.verdict {
        case .failed(.dns):
            hint = LocalizedText(th: "ตรวจการสะกดที่อยู่เว็บไซต์", en: "check the spelling of the address")
        case .failed(.connection):
            hint = LocalizedText(th: "เซิร์ฟเวอร์ไม่ตอบ ตรวจว่าเว็บไซต์เปิดอยู่ หรือลองใหม่ภายหลัง",
                                 en: "the server did not answer; check that the site is up, or try again later")
        case .failed(.tls):
            hint = LocalizedText(th: "ใบรับรอง HTTPS ของเว็บไซต์ใช้ไม่ได้ และเบราว์เซอร์ของผู้ประเมินก็จะเตือนเช่นกัน: ต่ออายุหรือแก้ไขใบรับรอง",
                                 en: "the site's HTTPS certificate is not accepted, and an assessor's browser will warn too: renew or fix it")
        case .failed(.timeout):
            hint = LocalizedText(th: "ลองใหม่ภายหลัง หรือให้เวลามากขึ้นด้วย --timeout", en: "try again later, or allow more time with --timeout")
        case .failed(.redirectLoop), .failed(.tooManyRedirects):
            hint = LocalizedText(th: "การเปลี่ยนเส้นทางของเว็บไซต์วนไม่จบ: แก้การตั้งค่าของเว็บไซต์",
                                 en: "the site's redirects go round in circles: fix its configuration")
        case .robotsDisallowed, .failed(.robotsDisallowed):
            hint = LocalizedText(th: "robots.txt ของเว็บไซต์ห้ามอ่าน; --ignore-robots จะอ่านต่อ (และรายงานจะระบุไว้)",
                                 en: "its robots.txt forbids reading it; --ignore-robots reads it anyway (the report says so)")
        case .failed(.notCached):
            hint = LocalizedText(th: "ให้รันแบบออนไลน์กับ --cache หนึ่งครั้งก่อน เพื่อเก็บหน้าไว้", en: "run once online with --cache to fill the cache")
        case .httpError(let status) where status >= 500:
            hint = LocalizedText(th: "เซิร์ฟเวอร์ขัดข้อง (HTTP \(status)) ลองใหม่ภายหลัง", en: "the server is failing (HTTP \(status)); try again later")
        case .httpError:
            hint = LocalizedText(th: "ตรวจที่อยู่เว็บไซต์: เซิร์ฟเวอร์ปฏิเสธ", en: "check the address: the server refuses it")
        case .loginWall:
            hint = LocalizedText(th: "หน้าแรกต้องเข้าสู่ระบบ ให้ใช้ที่อยู่หน้าแรกที่เปิดดูได้ทั่วไป",
                                 en: "the start page asks for a login; give the address of the public home page")
        case .soft404:
            hint = LocalizedText(th: "ให้ใช้ที่อยู่หน้าแรกของหน่วยงาน", en: "give the address of the agency's home page")
        default:
            hint = input.isLocal ? LocalizedText(th: "ตรวจไฟล์", en: "check the file")
                : LocalizedText(th: "ตรวจที่อยู่เว็บไซต์", en: "check the address")
        }
        let what = page.verdict.explanation
        return CLIFailure(message: LocalizedText(th: "อ่าน \(url) ไม่ได้: \(what.th); \(hint.th)",
                                                 en: "could not read \(url): \(page.verdict); \(hint.en)"),
                          exitCode: ExitStatus.unreachable)
    }
}
