internal import CHunspell
public import Foundation

/// Spelling by Hunspell with a dictionary such as Debian's `hunspell-ru`, plus the words a style
/// accepts (product names, everyday words the dictionary lacks). Loaded once per style.
public final class Speller: @unchecked Sendable {
    private let handle: OpaquePointer
    // Hunspell keeps scratch state per object, so calls are serialised.
    private let lock = NSLock()

    /// Where Debian installs Hunspell dictionaries.
    public static let systemFolder = URL(fileURLWithPath: "/usr/share/hunspell")

    /// Loads `NAME.aff` and `NAME.dic` from `folder`; nil when either is missing.
    public init?(dictionary name: String, in folder: URL = Speller.systemFolder, accepting accepted: [String] = []) {
        let affix = folder.appendingPathComponent(name + ".aff").path
        let words = folder.appendingPathComponent(name + ".dic").path
        guard FileManager.default.isReadableFile(atPath: affix), FileManager.default.isReadableFile(atPath: words),
            let handle = Hunspell_create(affix, words)
        else { return nil }
        self.handle = handle
        for word in accepted where !word.isEmpty { _ = Hunspell_add(handle, word) }
    }

    deinit {
        Hunspell_destroy(handle)
    }

    public func isCorrect(_ word: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return Hunspell_spell(handle, word) != 0
    }

    /// Hunspell's suggestions, best first.
    public func suggestions(for word: String, limit: Int = 3) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_suggest(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        guard let list else { return [] }
        return (0..<Int(count)).prefix(limit).compactMap { list[$0].map { String(cString: $0) } }
    }
}
