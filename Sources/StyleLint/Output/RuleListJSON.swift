public import SourceFiles

/// A style's rules as `handbook rules --format json` prints them and a lint server's
/// `/api/rules` answers: `{"style": …, "rules": [{"id", "name", "level", "description", "link"}]}`.
public enum RuleListJSON {
    public static func write(_ style: Style, links: RuleLinks, to out: inout some ByteSink) {
        out.write("{\"style\":")
        JSONText.write(style.name, to: &out)
        out.write(",\"rules\":[")
        for (index, info) in style.rules.map(\.info).enumerated() {
            if index > 0 { out.write(UInt8(ascii: ",")) }
            JSONText.write(
                ["id": info.id, "name": info.name, "level": info.severity.rawValue, "description": info.description, "link": links.link(for: info.id)],
                to: &out)
        }
        out.write("]}\n")
    }
}
