/// Gives each heading of one page a unique anchor, the way GitHub does, so that links written
/// for GitHub's preview (`#расплывчато-и-конкретно`) work on the site too: letters of any script
/// are kept and lower-cased, spaces become hyphens, other punctuation is dropped, and repeats get
/// `-1`, `-2`, ….
public struct HeadingAnchors: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    public mutating func anchor(for text: String) -> String {
        var base = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                base.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                base.unicodeScalars.append(scalar)
            }
        }
        if base.isEmpty { base = "section" }
        var candidate = base
        while let count = used[candidate] {
            used[candidate] = count + 1
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 1
        return candidate
    }
}
