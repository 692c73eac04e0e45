// swift-tools-version: 6.1
import PackageDescription

// Layers, one direction of dependency:
//   EzhCore (pure domain) -> EzhStore (GRDB) -> EzhService (the one write path)
//   -> front ends: EzhTUI (screens into a cell grid), EzhCurses (the only curses code), ezh (CLI).
let package = Package(
    name: "ezh",
    products: [
        .executable(name: "ezh", targets: ["ezh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // EzhSheets: a school's own spreadsheets (CSV, XLSX) read with libraries, not by hand.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // EzhWeb: the families' web diary (`ezh serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "EzhCore"),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(
            name: "EzhStore",
            dependencies: [
                "EzhCore", "CSodium", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own column access, for streaming the access log without decoding rows.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "EzhService", dependencies: ["EzhCore", "EzhStore", "CSodium"]),
        // Reports rendered from EzhCore's ReportDocument: PDF (cairo + pango), XLSX (libxlsxwriter), CSV, text.
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .target(name: "EzhReports", dependencies: ["EzhCore", "CXlsxWriter", "CPangoCairo"]),
        // A school's spreadsheets and timetable exports as text tables: no journal, no database.
        .target(
            name: "EzhSheets",
            dependencies: [
                "EzhCore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .target(name: "EzhDemo", dependencies: ["EzhCore", "EzhStore", "EzhService", "EzhSheets"]),
        // EzhTUI sees the journal only through EzhService (as JournalBackend); it never imports EzhStore.
        // It reads a file the user names (a teacher's КТП) with EzhSheets, as `ezh import` does.
        .target(name: "EzhTUI", dependencies: ["EzhCore", "EzhService", "EzhSheets", "EzhReports"]),
        .target(name: "EzhCurses", dependencies: ["EzhTUI", "CNcursesw"]),
        // The families' web diary: server-rendered HTML over EzhService only (no SQL of its own).
        .target(
            name: "EzhWeb",
            dependencies: [
                "EzhCore", "EzhService", "EzhReports", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "EzhBench",
            dependencies: [
                "EzhCore", "EzhStore", "EzhService", "EzhTUI", "EzhSheets", "EzhReports", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "ezh-bench", dependencies: ["EzhBench"]),
        .executableTarget(
            name: "ezh",
            dependencies: [
                "EzhCore", "EzhStore", "EzhService", "EzhDemo", "EzhTUI", "EzhCurses", "EzhSheets", "EzhReports", "EzhWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EzhCoreTests", dependencies: ["EzhCore"]),
        .testTarget(name: "EzhReportsTests", dependencies: ["EzhReports", "EzhCore", "EzhSheets"]),
        .testTarget(
            name: "EzhSheetsTests",
            dependencies: ["EzhSheets", "EzhCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        // The command line parsed in-process: the `ezh` executable's command types, under @testable.
        .testTarget(name: "CommandLineTests", dependencies: ["ezh", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "EzhStoreTests",
            dependencies: ["EzhCore", "EzhStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "EzhServiceTests",
            dependencies: [
                "EzhCore", "EzhStore", "EzhService", "EzhDemo", "EzhSheets", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "EzhDemoTests",
            dependencies: ["EzhCore", "EzhStore", "EzhService", "EzhDemo", "EzhSheets", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "EzhTUITests", dependencies: ["EzhCore", "EzhService", "EzhTUI", "EzhStore", "EzhDemo"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
        .testTarget(
            name: "EzhWebTests",
            dependencies: [
                "EzhWeb", "EzhCore", "EzhStore", "EzhService", "EzhDemo", .product(name: "GRDB", package: "GRDB.swift"),
                // The router answers in-process (no HTTP client: HummingbirdTesting would bring TLS).
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"), .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "EzhBenchTests",
            dependencies: ["EzhBench", "EzhCore", "EzhDemo", "EzhStore", "EzhTUI", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
