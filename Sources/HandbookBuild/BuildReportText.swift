import SourceFiles

extension BuildReport {
    /// `2 errors, 1,564 warnings`, for the last line of every run.
    public var counts: String {
        "\(Self.counted(diagnostics.errorCount, "error")), \(Self.counted(diagnostics.warningCount, "warning"))"
    }

    /// `45 pages`.
    public var pages: String { Self.counted(pageCount, "page") }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count.withThousands) \(noun)\(count == 1 ? "" : "s")"
    }

    /// The report for editors and CI, one JSON object: whether the run failed, the counts, the
    /// site folder written (`null` when none was), and every diagnostic.
    public func json(strict: Bool, output shown: String?) -> [UInt8] {
        var out: [UInt8] = []
        out.write("{\"failed\":\(failed(strict: strict)),\"errors\":")
        JSONText.write(diagnostics.errorCount, to: &out)
        out.write(",\"warnings\":")
        JSONText.write(diagnostics.warningCount, to: &out)
        out.write(",\"pages\":")
        JSONText.write(pageCount, to: &out)
        out.write(",\"output\":")
        JSONText.write(shown, to: &out)
        out.write(",\"diagnostics\":[")
        for (index, diagnostic) in diagnostics.sorted.enumerated() {
            if index > 0 { out.write(UInt8(ascii: ",")) }
            diagnostic.writeJSON(to: &out)
        }
        out.write("]}\n")
        return out
    }
}
