/// Pairs from a ```compare block: the vague way to say something, and the concrete one.
/// ```
/// Расплывчато: Мы решим вопрос в ближайшее время.
/// Конкретно: Деньги вернутся на карту до 20 мая.
///   Если не придут, напишите сюда — проверим сами.   ← an indented line continues the item
/// ```
public struct Comparison: Sendable, Hashable {
    public struct Pair: Sendable, Hashable {
        public var vague: String
        public var concrete: String
        /// The 1-based line of the block the pair starts on.
        public var line: Int

        public init(vague: String, concrete: String, line: Int) {
            self.vague = vague
            self.concrete = concrete
            self.line = line
        }
    }

    public var pairs: [Pair]

    public static func parse(_ content: String, labels: BlockLabels) -> (Comparison, [BlockProblem]) {
        var pairs: [Pair] = []
        var problems: [BlockProblem] = []
        var vague: (text: String, line: Int)?
        var lastWasConcrete = false
        let vagueLabel = labels.vague[0].lowercased(), concreteLabel = labels.concrete[0].lowercased()
        for line in BlockLines(content) where !line.isBlank {
            if line.isIndented, vague != nil || lastWasConcrete {
                if lastWasConcrete {
                    pairs[pairs.count - 1].concrete += "\n" + line.trimmed
                } else {
                    vague?.text += "\n" + line.trimmed
                }
                continue
            }
            switch BlockLabels.labelled(line.trimmed, among: [labels.vague, labels.concrete]) {
            case (0, let text)?:
                if let open = vague {
                    problems.append(BlockProblem(
                        .error, "'\(vagueLabel):' on line \(open.line) has no '\(concreteLabel):' after it", line: open.line))
                }
                vague = (String(text), line.number)
                lastWasConcrete = false
            case (_, let text)?:
                guard let open = vague else {
                    problems.append(BlockProblem(
                        .error, "'\(concreteLabel):' needs a '\(vagueLabel):' line before it", line: line.number, column: line.column))
                    lastWasConcrete = false
                    continue
                }
                pairs.append(Pair(vague: open.text, concrete: String(text), line: open.line))
                vague = nil
                lastWasConcrete = true
            case nil:
                problems.append(BlockProblem(
                    .error, "start the line with '\(vagueLabel):' or '\(concreteLabel):', or indent it to continue the line above",
                    line: line.number, column: line.column))
                lastWasConcrete = false
            }
        }
        if let open = vague {
            problems.append(BlockProblem(.error, "'\(vagueLabel):' on line \(open.line) has no '\(concreteLabel):' after it", line: open.line))
        }
        if pairs.isEmpty, problems.isEmpty {
            problems.append(BlockProblem(.error, "the comparison is empty; write '\(vagueLabel): …' and '\(concreteLabel): …' lines", line: 1))
        }
        return (Comparison(pairs: pairs), problems)
    }
}
