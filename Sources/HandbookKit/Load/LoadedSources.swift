import SourceFiles

/// What the loader read from each file of a book, with the problems reading it found: a later
/// load of the same handbook takes the files that did not change from here instead of reading
/// and parsing them again.
struct LoadedSources: Sendable {
    struct Page: Sendable {
        /// Nil when the file was unusable.
        var source: PageSource?
        var diagnostics: Diagnostics
    }

    /// Markdown files of the chapters folder, by path relative to the handbook's root.
    var pages: [String: Page] = [:]
    /// The examples folder as a whole: examples refer to each other (`fixed:`), so they are read together.
    var examples: (examples: [Example], diagnostics: Diagnostics)?
}
