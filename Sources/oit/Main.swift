import ArgumentParser
import Foundation

/// The entry point: runs the command and maps every failure to a message on standard error
/// and an exit status (0 done, 1 result below the bar, 2 usage, 3 site unreachable).
@main
enum Main {
    static func main() async {
        let status: Int32
        do {
            var command = try OITCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            status = ExitStatus.success
        } catch let failure as CLIFailure {
            Console.error("oit: \(failure.message)")
            status = failure.exitCode
        } catch {
            status = report(error)
        }
        exit(status)
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
