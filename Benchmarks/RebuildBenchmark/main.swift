import Pages
import Foundation
import HandbookBuild
import SiteRenderer

// Times the build's stages in-process (release build) on the handbook at ROOT (load, check,
// render the page bodies, frame them into a site in memory, the EPUB; medians of 5), then an
// incremental rebuild: loads and renders the site into memory, as a preview server does, edits
// CHAPTER (a path relative to ROOT) a number of times, each time a new sentence in a paragraph,
// and times `LiveSite.update`.
// `Benchmarks/build_benchmark.py` runs it on its generated handbook.
//   rebuild-benchmark ROOT CHAPTER [--runs N]

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    print("usage: rebuild-benchmark ROOT CHAPTER [--runs N]")
    exit(2)
}
let root = URL(fileURLWithPath: arguments[0])
let chapter = arguments[1]
let runs = arguments.firstIndex(of: "--runs").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 9

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The process's CPU time (user and system, all threads) so far.
func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return value(usage.ru_utime) + value(usage.ru_stime)
}

var stages: [String: [Double]] = [:]
var processor: [String: [Double]] = [:]
/// Times one stage: wall time and, beside it, the CPU time all cores spent, which shows how much
/// of the stage ran in parallel.
@MainActor func stage(_ name: String, _ body: () -> Void) {
    let before = processorSeconds()
    stages[name, default: []].append(seconds(body))
    processor[name, default: []].append(processorSeconds() - before)
}
for _ in 0..<5 {
    var loaded: Handbook?
    stage("load") { loaded = Handbook.load(root: root).0 }
    guard let handbook = loaded else {
        print("handbook.yml is unusable")
        exit(1)
    }
    stage("check") { _ = handbook.check() }
    var pages: RenderedPages?
    stage("render") { pages = handbook.renderPages() }
    stage("site") { try? handbook.writeSite(pages!, to: MemoryOutput()) }
    stage("epub") { _ = try? handbook.renderEPUB(pages!, environment: ["SOURCE_DATE_EPOCH": "0"]) }
}
print(["load", "check", "render", "site", "epub"].map {
    String(format: "%@ %.0f ms (CPU %.0f ms)", $0, (stages[$0] ?? [0]).sorted()[2] * 1000, (processor[$0] ?? [0]).sorted()[2] * 1000)
}.joined(separator: ", "))

var site: LiveSite?
let first = seconds { site = LiveSite(root: root) }
guard var site, !site.diagnostics.hasErrors else {
    print("the handbook does not build: \(site?.diagnostics.sorted.first?.description ?? "")")
    exit(1)
}
let file = root.appendingPathComponent(chapter)
let original = try String(contentsOf: file, encoding: .utf8)
defer { try? original.write(to: file, atomically: true, encoding: .utf8) }
var times: [Double] = []
var changed: [String] = []
for run in 1...runs {
    try (original + "\nПравка номер \(run): одно новое предложение.\n").write(to: file, atomically: true, encoding: .utf8)
    times.append(seconds { changed = site.update(changed: [chapter]).changed })
}
let median = times.sorted()[times.count / 2]
print(String(format: "in memory, first build %.3f s; one-chapter edit: median %.1f ms over %d edits (min %.1f, max %.1f), %d file(s) changed",
             first, median * 1000, runs, times.min()! * 1000, times.max()! * 1000, changed.count))
