import Foundation
import HandbookKit
import SourceFiles

/// Paths inside the generated site and book, whose pages keep the same layout.
public enum PagePaths {
    /// Where a file of the chapters folder (an image…) is copied: under `media/`, so it can never
    /// collide with a page or the theme's assets.
    public static func media(_ assetPath: String) -> String { "media/" + assetPath }

    /// Where a file from outside the chapters folder (`Book.projectFiles`) is copied: under
    /// `files/`, by its path in the handbook's folder, so it can collide with no file of the chapters'.
    public static func projectFile(_ path: String) -> String { "files/" + path }

    /// The list of rules and the examples' gallery, which every sidebar links.
    public static let rulesIndexID = "rules/index"
    public static let examplesIndexID = "examples/index"

    /// The page of a lint rule, which findings and `rule:` links point at.
    public static func rulePageID(_ id: String) -> String { "rules/" + id }

    /// The page of a lint rule, from the site's root: `rules/chat.ladder.html`.
    public static func rulePage(_ id: String) -> String {
        pageLink(from: "index", to: rulePageID(id))
    }

    /// `../` once per folder the page is in, so links work from `file://` without a server.
    public static func root(from pageID: String) -> String {
        String(repeating: "../", count: pageID.count { $0 == "/" })
    }

    /// A link from the page `pageID` to the page `target` of the output `output` (the site by
    /// default), at `anchor`; relative, so it works from `file://` and inside a book.
    /// Percent-encoded, so no page name or heading can make it anything but a relative link.
    public static func pageLink(from pageID: String, to target: String, anchor: String? = nil, in output: PageTarget = .site) -> String {
        let path = encode(relative(from: pageID, to: target + output.pageExtension))
        return anchor.map { path + "#" + encodeFragment($0) } ?? path
    }

    /// A link from the page `pageID` to the site file `target`.
    /// Read as bytes: every link of every page is made here, once per target.
    public static func relative(from pageID: String, to target: String) -> String {
        let slash = UInt8(ascii: "/")
        let from = Array(pageID.utf8), to = Array(target.utf8)
        // The folders: each path up to and with its last slash.
        let fromFolder = (from.lastIndex(of: slash) ?? -1) + 1, toFolder = (to.lastIndex(of: slash) ?? -1) + 1
        // The folders they share: the longest common start that ends with a slash.
        var common = 0, index = 0
        while index < fromFolder, index < toFolder, from[index] == to[index] {
            if from[index] == slash { common = index + 1 }
            index += 1
        }
        let up = from[common..<fromFolder].count { $0 == slash }
        return String(repeating: "../", count: up) + String(decoding: to[common...], as: UTF8.self)
    }

    /// Percent-encodes what a relative URL path cannot hold as it is (spaces, non-ASCII, `#`,
    /// `?`, `%`) and `:`, which would make its first part read as a scheme (`javascript:`).
    public static func encode(_ path: String) -> String {
        PercentEncoding.encoded(path) { byte in
            byte.isASCIILetterOrDigit || pathPunctuation.contains(byte)
        }
    }

    /// What RFC 3986 lets a path segment hold besides letters and digits, less `;` and `:`.
    private static let pathPunctuation = Set("!$&'()*+,-./=@_~".utf8)

    /// A heading's anchor as a URL fragment: letters of any script stay as they are (browsers
    /// and e-readers match them so), and ASCII a fragment cannot hold is percent-encoded, as are
    /// the C1 controls (U+0080–U+009F), the only other scalars that are not letters or marks of
    /// some kind a fragment may keep. Read as UTF-8: a link to a heading is made for every target.
    public static func encodeFragment(_ anchor: String) -> String {
        var result: [UInt8] = []
        var anchor = anchor
        anchor.withUTF8 { bytes in
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // A C1 control is C2 80…C2 9F in UTF-8.
                let length = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] < 0xA0 ? 2 : 1
                if length == 2 || (byte < 0x80 && !fragmentAllowed[Int(byte)]) {
                    for encoded in bytes[index..<(index + length)] {
                        result += [UInt8(ascii: "%"), hexDigits[Int(encoded >> 4)], hexDigits[Int(encoded & 0xF)]]
                    }
                } else {
                    result.append(byte)
                }
                index += length
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Which ASCII bytes a fragment holds as they are, by byte.
    private static let fragmentAllowed: [Bool] = (0..<128).map { CharacterSet.urlFragmentAllowed.contains(Unicode.Scalar(UInt8($0))) }
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
