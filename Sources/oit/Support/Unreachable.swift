import Foundation
import OITCrawler

extension CLIFailure {
    /// The site's start page could not be read: what happened and what to do, exit status 3.
    static func unreachable(_ result: CrawlResult, input: SiteInput) -> CLIFailure {
        let url = input.start.absoluteString
        guard let page = result.startPage else {
            return CLIFailure(message: "could not read \(url): no answer", exitCode: ExitStatus.unreachable)
        }
        let hint: String
        switch page.verdict {
        case .failed(.dns):
            hint = "check the spelling of the address"
        case .failed(.connection):
            hint = "the server did not answer; check that the site is up, or try again later"
        case .failed(.tls):
            hint = "the site's HTTPS certificate is not accepted, and an assessor's browser will warn too: renew or fix it"
        case .failed(.timeout):
            hint = "try again later, or allow more time with --timeout"
        case .failed(.redirectLoop), .failed(.tooManyRedirects):
            hint = "the site's redirects go round in circles: fix its configuration"
        case .robotsDisallowed, .failed(.robotsDisallowed):
            hint = "its robots.txt forbids reading it; --ignore-robots reads it anyway (the report says so)"
        case .failed(.notCached):
            hint = "run once online with --cache to fill the cache"
        case .httpError(let status) where status >= 500:
            hint = "the server is failing (HTTP \(status)); try again later"
        case .httpError:
            hint = "check the address: the server refuses it"
        case .loginWall:
            hint = "the start page asks for a login; give the address of the public home page"
        case .soft404:
            hint = "give the address of the agency's home page"
        default:
            hint = input.isLocal ? "check the file" : "check the address"
        }
        return CLIFailure(message: "could not read \(url): \(page.verdict); \(hint)", exitCode: ExitStatus.unreachable)
    }
}
