public import HandbookBlocks

extension HandbookConfig {
    /// The labels of the handbook's blocks: its language's, with its own role labels if it names them.
    public var blockLabels: BlockLabels {
        var labels = BlockLabels.forLanguage(language)
        if let clientRoles { labels.clientRoles = clientRoles }
        if let agentRoles { labels.agentRoles = agentRoles }
        return labels
    }
}
