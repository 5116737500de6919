import Foundation
import HandbookBuild
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A build replaces nothing it did not make and publishes nothing from outside the handbook.
@Suite struct OutputAndSourceSafetyTests {
    private func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// `output:` naming a file once replaced that file with the site.
    @Test(arguments: ["handbook.yml", "notes.txt", "ABSOLUTE", "pipe"])
    func anOutputThatIsNotAFolderIsRefused(_ output: String) throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "notes.txt": "mine\n"])
        mkfifo(handbook.url("pipe").path, 0o644)
        let target = output == "ABSOLUTE" ? handbook.url("notes.txt").path : output
        let config = "title: T\noutput: '\(target)'\n"
        try handbook.write(config, to: "handbook.yml")
        let before = fileType(handbook.url(output == "ABSOLUTE" ? "notes.txt" : output).path)
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        let message = try #require(report.diagnostics.items.first?.description)
        #expect(message.contains("is not a folder but a file (or a device or a pipe), and a build would replace it"), "\(message)")
        #expect(try handbook.read("handbook.yml") == config)
        #expect(try handbook.read("notes.txt") == "mine\n")
        #expect(fileType(handbook.url(output == "ABSOLUTE" ? "notes.txt" : output).path) == before)
    }

    @Test func anOutputThatIsALinkIsRefused() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n", "elsewhere/keep.txt": "mine\n"], config: "title: T\noutput: out\n")
        try FileManager.default.createSymbolicLink(atPath: handbook.url("out").path, withDestinationPath: "elsewhere")
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        #expect(report.diagnostics.items.first?.message.contains("is a symbolic link") == true)
        #expect(try handbook.read("elsewhere/keep.txt") == "mine\n")
        #expect(fileType(handbook.url("out").path) == S_IFLNK)
    }

    @Test func anEmptyFolderAndAnEarlierSiteAreReplaced() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n"])
        try FileManager.default.createDirectory(at: handbook.url("site"), withIntermediateDirectories: true)
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        #expect(BuildPipeline(root: handbook.root).build(epub: false).output != nil)
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/a.html").path))
    }

    /// A secret outside the handbook, reached by links from every folder a build reads.
    @Test func linksOutsideTheHandbookAndSpecialFilesAreLeftOut() throws {
        let secret = "SECRET-\(UUID().uuidString)"
        let outside = try TemporaryHandbook(["shadow": secret + "\n"], config: nil)
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n\n![Тень](shadow.png)\n",
            "Handbook/inside.txt": "inside\n",
            "Theme/assets/own.css": "body{}\n",
        ], config: "title: T\nfolders:\n  theme: Theme\n")
        let links = [
            "Handbook/shadow.png": outside.url("shadow").path, "Handbook/environ.txt": "/proc/self/environ",
            "Handbook/zero.png": "/dev/zero", "Handbook/leak.md": outside.url("shadow").path,
            "Handbook/again.txt": "inside.txt", "Theme/assets/x.css": outside.url("shadow").path,
            "Theme/page.mustache": outside.url("shadow").path, "Examples/leak.md": outside.url("shadow").path,
        ]
        try FileManager.default.createDirectory(at: handbook.url("Examples"), withIntermediateDirectories: true)
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: handbook.url(link).path, withDestinationPath: target)
        }
        #expect(mkfifo(handbook.url("Handbook/pipe.png").path, 0o644) == 0)
        let report = BuildPipeline(root: handbook.root).build()
        let warned = Set(report.diagnostics.items.filter { $0.severity == .warning }.map(\.file))
        #expect(warned == [
            "Handbook/shadow.png", "Handbook/environ.txt", "Handbook/zero.png", "Handbook/leak.md", "Handbook/pipe.png",
            "Theme/assets/x.css", "Theme/page.mustache", "Examples/leak.md",
        ])
        #expect(report.diagnostics.items.first { $0.file == "Handbook/pipe.png" }?.message.contains("not a regular file") == true)
        #expect(report.diagnostics.items.first { $0.file == "Handbook/shadow.png" }?.message.contains("leads outside the handbook") == true)
        // The image the page shows is now a link to a missing file: the build fails on it, as it should.
        #expect(report.diagnostics.items.contains { $0.file == "Handbook/a.md" && $0.message.contains("missing file 'shadow.png'") })

        try handbook.write("# A\n", to: "Handbook/a.md")
        let built = BuildPipeline(root: handbook.root).build()
        #expect(built.output != nil)
        let site = try handbook.snapshot("site")
        #expect(site["media/again.txt"] == Data("inside\n".utf8))
        #expect(site["assets/own.css"] != nil)
        for (path, data) in site {
            #expect(!String(decoding: data, as: UTF8.self).contains(secret), "\(path) holds the secret")
            #expect(!path.contains("shadow") && !path.contains("environ") && !path.contains("leak") && !path.contains("x.css"), "\(path)")
        }
        let book = try #require(site["handbook.epub"])
        #expect(book.range(of: Data("shadow".utf8)) == nil)
        #expect(book.range(of: Data("environ".utf8)) == nil)
    }

    /// A source folder that is itself a link out of the handbook once published all it held:
    /// `Handbook -> /elsewhere`, `Examples -> /etc`, `Theme/assets -> /elsewhere`, or a folder
    /// named with `..` in handbook.yml.
    @Test(arguments: [
        ("Handbook", "title: T\n", "Handbook"), ("Examples", "title: T\n", "Examples"),
        ("Theme/assets", "title: T\nfolders:\n  theme: Theme\n", "Theme/assets"), ("Theme", "title: T\nfolders:\n  theme: Theme\n", "Theme"),
        ("Styles", "title: T\n", "Styles/ru-support"), ("", "title: T\nfolders:\n  examples: ../outside-ROOT\n", "../outside-ROOT"),
    ])
    func sourceFoldersThatLeadOutsideAreErrors(link: String, config: String, reported: String) throws {
        let secret = "SECRET-\(UUID().uuidString)"
        let outside = try TemporaryHandbook(
            ["a.md": "# Секрет\n\n\(secret)\n", "x.css": secret, "ex.md": secret, "ru-support/style.cliche.yml": "extends: existence\nmessage: \(secret)\ntokens: [x]\n"],
            config: nil)
        let handbook = try TemporaryHandbook(["Handbook/own.md": "# Своя\n", "Theme/keep.txt": ""], config: nil)
        let name = outside.root.lastPathComponent
        try handbook.write(config.replacingOccurrences(of: "outside-ROOT", with: name), to: "handbook.yml")
        if !link.isEmpty {
            try? FileManager.default.removeItem(at: handbook.url(link))
            try FileManager.default.createDirectory(at: handbook.url(link).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: handbook.url(link).path, withDestinationPath: outside.root.path)
        }
        let report = BuildPipeline(root: handbook.root).build()
        let reportedPath = reported.replacingOccurrences(of: "outside-ROOT", with: name)
        let problem = report.diagnostics.items.first { $0.message.hasPrefix("the folder leads outside the handbook") }
        #expect(problem?.file == reportedPath, "\(report.diagnostics.items)")
        #expect(problem?.severity == .error)
        #expect(report.output == nil)
        #expect(!FileManager.default.fileExists(atPath: handbook.url("site").path))
    }

    @Test func aSourceFolderMayBeALinkInsideTheHandbook() throws {
        let handbook = try TemporaryHandbook(["book/src/01-a.md": "# A\n"], config: "title: T\n")
        try FileManager.default.removeItem(at: handbook.url("Handbook"))
        try FileManager.default.createSymbolicLink(atPath: handbook.url("Handbook").path, withDestinationPath: "book/src")
        let report = BuildPipeline(root: handbook.root).build(epub: false)
        #expect(report.output != nil, "\(report.diagnostics.items)")
        #expect(FileManager.default.fileExists(atPath: handbook.url("site/a.html").path))
    }

    /// The staging folder's name is predictable; something planted there (a link to a victim,
    /// or a folder of someone's files) was once written into, or deleted.
    @Test(arguments: [true, false])
    func somethingPlantedWhereTheBuildStagesStays(asLink: Bool) throws {
        let victim = try TemporaryHandbook(["index.html": "PRECIOUS"], config: nil)
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n"])
        let staging = handbook.url(".site.staging-\(ProcessInfo.processInfo.processIdentifier)")
        if asLink {
            try FileManager.default.createSymbolicLink(atPath: staging.path, withDestinationPath: victim.root.path)
        } else {
            try handbook.write("mine", to: staging.lastPathComponent + "/precious.txt")
        }
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        #expect(report.diagnostics.items.first?.message.contains("stands where the build puts its staging folder") == true)
        #expect(try victim.read("index.html") == "PRECIOUS")
        #expect(!FileManager.default.fileExists(atPath: victim.url(".handbook-build").path))
        if !asLink { #expect(try handbook.read(staging.lastPathComponent + "/precious.txt") == "mine") }
    }

    /// Overlap with the sources is judged on real paths: `alias/site` with `alias -> Handbook` is
    /// inside the chapters.
    @Test func anOutputReachedThroughALinkIntoTheSourcesIsRefused() throws {
        let handbook = try TemporaryHandbook(["Handbook/a.md": "# A\n"], config: "title: T\noutput: alias/site\n")
        try FileManager.default.createSymbolicLink(atPath: handbook.url("alias").path, withDestinationPath: "Handbook")
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output == nil)
        #expect(report.diagnostics.items.first?.message.contains("overlaps the sources") == true)
        #expect(!FileManager.default.fileExists(atPath: handbook.url("Handbook/site").path))
    }

    /// File names a book cannot hold (`\`, `:`, `"`…) are left out: `a\..\evil.png` made an
    /// archive entry that some unzip tools write outside their folder.
    @Test func assetsWithNamesABookCannotHoldAreLeftOut() throws {
        let handbook = try TemporaryHandbook([
            "Handbook/a.md": "# A\n", "Handbook/a\\..\\..\\evil.png": "x", "Handbook/b:c.png": "x", "Handbook/fine ж.png": "x",
        ])
        let report = BuildPipeline(root: handbook.root).build()
        #expect(report.output != nil)
        #expect(report.diagnostics.items.map(\.file).sorted() == ["Handbook/a\\..\\..\\evil.png", "Handbook/b:c.png"])
        #expect(report.diagnostics.items.allSatisfy { $0.severity == .warning && $0.message.contains("cannot hold in a file name") })
        #expect(try handbook.snapshot("site/media").keys.sorted() == ["fine ж.png"])
    }
}
