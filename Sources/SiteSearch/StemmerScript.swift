import SourceFiles

/// The stemmer the site's search script uses for a query: only the handbook language's is shipped.
enum StemmerScript {
    static func source(for language: HandbookLanguage) -> String {
        switch language {
        case .ru: RussianStemmerScript.source
        case .en: EnglishStemmerScript.source
        }
    }
}
