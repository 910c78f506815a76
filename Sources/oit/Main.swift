import ArgumentParser
import OITCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entry point: runs the command and maps every failure to a message on standard error
/// and an exit status (0 done, 1 result below the bar, 2 usage, 3 site unreachable).
@main
enum Main {
    static func main() async {
        limitMallocArenas()
        let status: Int32
        // Failures speak the command's language (English for the commands without --lang).
        var language = Language.en
        do {
            var command = try OITCommand.parseAsRoot()
            language = Self.language(of: command)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            status = ExitStatus.success
        } catch let failure as CLIFailure {
            Console.error("oit: \(failure.message.text(in: language))")
            status = failure.exitCode
        } catch {
            status = report(error)
        }
        exit(status)
    }

    /// The language a command reports in: its --lang, English for the commands without one.
    private static func language(of command: ParsableCommand) -> Language {
        (command as? SpeaksLanguage)?.outputLanguage ?? .en
    }

    /// glibc gives busy threads malloc arenas of their own, and memory freed in one stays with
    /// it: a batch's resident memory then grew with every site finished (93 MB after 40 sites,
    /// 119 MB after 160). One arena kept it at 97 MB for 160 sites, at the same CPU. A
    /// MALLOC_ARENA_MAX set by the user wins. A release build that links tcmalloc (Package.swift)
    /// answers this with tcmalloc's `mallopt`, which has no arenas and changes nothing.
    private static func limitMallocArenas() {
        #if canImport(Glibc)
        guard ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil,
              let symbol = dlsym(nil, "mallopt") else { return }   // nil: RTLD_DEFAULT; malloc.h is not in Glibc's module
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8   // M_ARENA_MAX
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }

    /// ArgumentParser's own errors: help and version go to standard output with status 0,
    /// usage errors to standard error with status 2.
    private static func report(_ error: any Error) -> Int32 {
        let code = OITCommand.exitCode(for: error)
        let message = OITCommand.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { Console.out(message) }
            return ExitStatus.success
        }
        if !message.isEmpty { Console.error(message) }
        return code == .validationFailure ? ExitStatus.usage : (code.rawValue == 0 ? ExitStatus.failed : code.rawValue)
    }
}
