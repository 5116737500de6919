// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The executable has no public API, so internal imports by default buy nothing there.
let executableSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

/// mimalloc (Debian's libmimalloc) takes the place of glibc's malloc in the programs: a build makes
/// and frees millions of small blocks on every core, and glibc's arenas spent an eighth of its CPU
/// time in malloc, free and their locks. Linked, not preloaded, so every run gets it.
let fastAllocator: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "handbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Without its default traits: the server needs neither swift-configuration nor full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .systemLibrary(
            name: "CDeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        .target(
            name: "SourceFiles",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ParallelMap",
            swiftSettings: strictSettings
        ),
        .target(
            name: "HandbookBlocks",
            dependencies: ["SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "StyleLint",
            dependencies: ["CStemmer", "CHunspell", "HandbookBlocks", "ParallelMap", "SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "BuiltinStyles",
            dependencies: ["SourceFiles", "StyleLint"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HandbookTemplate",
            dependencies: ["SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Markdown",
            dependencies: ["CCMarkGFM", "SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HandbookKit",
            dependencies: ["BuiltinStyles", "HandbookBlocks", "Markdown", "ParallelMap", "SourceFiles", "StyleLint"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Pages",
            dependencies: ["HandbookBlocks", "HandbookKit", "Markdown", "ParallelMap", "SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SiteSearch",
            dependencies: ["HandbookKit", "Pages", "ParallelMap", "SourceFiles", "StyleLint"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SiteRenderer",
            dependencies: ["HandbookKit", "Markdown", "Pages", "ParallelMap", "SiteSearch", "SourceFiles", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "EPUBWriter",
            dependencies: ["CDeflate", "CLibXML2", "HandbookKit", "Pages", "ParallelMap", "SourceFiles"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HandbookBuild",
            dependencies: ["EPUBWriter", "HandbookBlocks", "HandbookKit", "Markdown", "Pages", "ParallelMap", "SiteRenderer", "SiteSearch", "SourceFiles", "StyleLint"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "HandbookServer",
            dependencies: [
                "HandbookBuild", "HandbookKit", "Markdown", "Pages", "SourceFiles", "StyleLint",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.embedInCode("openapi.yaml")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "lint-benchmark",
            dependencies: ["SourceFiles", "StyleLint"],
            path: "Benchmarks/LintBenchmark",
            swiftSettings: executableSettings
        ),
        .executableTarget(
            name: "rebuild-benchmark",
            dependencies: ["HandbookBuild", "Pages", "SiteRenderer"],
            path: "Benchmarks/RebuildBenchmark",
            swiftSettings: executableSettings,
            linkerSettings: fastAllocator
        ),
        .executableTarget(
            name: "handbook",
            dependencies: [
                "BuiltinStyles", "HandbookBuild", "HandbookKit", "HandbookServer", "HandbookTemplate", "Markdown", "ParallelMap", "SourceFiles", "StyleLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: executableSettings,
            linkerSettings: fastAllocator
        ),
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MarkdownTests",
            dependencies: ["Markdown"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HandbookBlocksTests",
            dependencies: ["HandbookBlocks"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StyleLintTests",
            dependencies: ["HandbookBlocks", "SourceFiles", "StyleLint"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HandbookKitTests",
            dependencies: ["HandbookKit", "Markdown", "SourceFiles", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteTests",
            dependencies: ["BuiltinStyles", "HandbookBuild", "HandbookTemplate", "HandbookKit", "Pages", "SiteRenderer", "SourceFiles", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SiteSearchTests",
            dependencies: ["HandbookBuild", "HandbookKit", "Pages", "SiteSearch", "SourceFiles", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "EPUBTests",
            dependencies: ["EPUBWriter", "HandbookBuild", "HandbookKit", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: ["HandbookServer", "TestSupport", .product(name: "NIOCore", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["TestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
