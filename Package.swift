// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Release builds of `oit` (and of `oit-bench`) on Linux link tcmalloc (gperftools) when its
/// development library is installed (apt: libgoogle-perftools-dev): a crawl allocates and frees
/// ~1,000 small objects a page, and glibc's malloc cost a full crawl a sixth more CPU, an
/// early-stop batch 6% (README, Performance). Without it the build uses the system's malloc and
/// behaves the same.
let tcmalloc: [LinkerSetting] = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    .contains { FileManager.default.fileExists(atPath: $0 + "/libtcmalloc_minimal.so") }
    ? [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux], configuration: .release))] : []

let package = Package(
    name: "oit-check",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oit", targets: ["oit"]),
        .library(name: "OITCore", targets: ["OITCore"]),
        .library(name: "OITHTML", targets: ["OITHTML"]),
        .library(name: "OITChecklists", targets: ["OITChecklists"]),
        .library(name: "OITCrawler", targets: ["OITCrawler"]),
        .library(name: "OITCheck", targets: ["OITCheck"]),
        .library(name: "OITReport", targets: ["OITReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // A real HTTP server on 127.0.0.1 for `oit demo` and the tests (pure Swift, no NIO; about 15 s to build).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // libxml2 as a system library (apt: libxml2-dev). The shim works around the ICU clash
        // and Swift 6's view of the global `xmlFree`.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libcurl as a system library (apt: libcurl4-openssl-dev), for fetching over HTTP. The shim
        // gives Swift typed setters for libcurl's variadic option functions.
        .systemLibrary(
            name: "CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // The domain: Thai text, dates and fiscal years, concepts, checklists. Pure Swift, no I/O.
        .target(name: "OITCore"),
        // HTML bytes -> title, headings, text and links, over libxml2's SAX parser.
        .target(name: "OITHTML", dependencies: ["CLibXML2", "OITCore"]),
        // Fetching a site politely, over HTTP or from a mirror: knows nothing about OIT.
        .target(name: "OITCrawler", dependencies: ["CCurl", "OITHTML", "OITCore"]),
        // A site checked against a form: crawl -> classify links -> verify -> score.
        .target(name: "OITCheck", dependencies: ["OITCore", "OITHTML", "OITCrawler"]),
        // A check's result for people and programs: one reporter per format.
        .target(name: "OITReport", dependencies: ["OITCheck", "OITCore", "OITCrawler"]),
        // The shipped checklists (YAML), editable at the top level and bundled as resources.
        .target(
            name: "OITChecklistData",
            path: "checklists",
            exclude: ["README.md"],
            resources: [.copy("concepts.yaml"), .copy("forms")]
        ),
        // Reading, validating and importing checklists.
        .target(
            name: "OITChecklists",
            dependencies: ["OITCore", "OITChecklistData", .product(name: "Yams", package: "Yams")]
        ),
        // The command: argument parsing and printing only.
        .executableTarget(
            name: "oit",
            dependencies: [
                "OITCore", "OITHTML", "OITChecklists", "OITCrawler", "OITCheck", "OITReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            linkerSettings: tcmalloc
        ),
        // The CPU path measured on real pages (release build: swift run -c release oit-bench DIR...),
        // with the malloc `oit` has.
        .executableTarget(name: "oit-bench", dependencies: ["CLibXML2", "OITHTML", "OITCrawler", "OITCheck", "OITChecklists"],
                          path: "Benchmarks/OITBench", linkerSettings: tcmalloc),
        .testTarget(name: "OITCoreTests", dependencies: ["OITCore"]),
        .testTarget(
            name: "OITHTMLTests",
            dependencies: ["OITHTML", "OITCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OITChecklistsTests",
            dependencies: ["OITChecklists", "OITCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OITCrawlerTests",
            dependencies: ["OITCrawler", "OITHTML", "OITTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Fixture sites and ../shared/corpus are read from the source tree by path.
        .testTarget(name: "OITCheckTests",
                    dependencies: ["OITCheck", "OITChecklists", "OITCrawler", "OITHTML", "OITCore", "OITTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "OITReportTests", dependencies: ["OITReport", "OITCheck", "OITChecklists", "OITCrawler", "OITCore"]),
        // Loopback HTTP servers for the tests that need a real one.
        .target(name: "OITTestSupport", dependencies: [.product(name: "FlyingFox", package: "FlyingFox")],
                path: "Tests/OITTestSupport"),
        // Runs the built `oit`; golden outputs are read from the source tree by path.
        .testTarget(name: "EndToEndTests", dependencies: ["oit", "OITTestSupport"], exclude: ["Golden"]),
    ]
)
