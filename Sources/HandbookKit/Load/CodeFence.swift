/// The opening line of a fenced code block, as CommonMark reads it: three or more backticks or
/// tildes after an indent of under 4 spaces. Inside one, other tools' markup is code.
struct CodeFence: Sendable {
    var marker: Character
    var length: Int

    /// The fence `trimmed` (a line without its indent) opens; nil when it opens none.
    init?(opening trimmed: Substring) {
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let length = trimmed.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        self.marker = marker
        self.length = length
    }

    /// Follows the code fences of lines read one by one: whether `trimmed` (a line without its
    /// indent) opens a fence, is inside one or closes it, so that what it says is code.
    static func track(_ fence: inout CodeFence?, line trimmed: Substring) -> Bool {
        if let open = fence {
            fence = open.isClosed(by: trimmed) ? nil : open
            return true
        }
        fence = CodeFence(opening: trimmed)
        return fence != nil
    }

    /// Whether `trimmed` (a line without its indent) closes the block.
    func isClosed(by trimmed: Substring) -> Bool {
        let length = trimmed.prefix { $0 == marker }.count
        return length >= self.length && trimmed.dropFirst(length).allSatisfy(\.isWhitespace)
    }
}
