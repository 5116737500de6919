import Foundation
import Hummingbird
import Markdown
import NIOCore
import ServiceLifecycle
import SourceFiles

/// Reloads open pages when the site changes, and shows what broke the build while it is broken.
/// Every page the server sends loads `scriptPath`, which listens to `eventsPath` (server-sent
/// events): each event is the site's state, `{"version", "changed", "errors"}`.
enum LiveReload {
    static let scriptPath = "_handbook/live.js"
    static let eventsPath = "_handbook/events"
    /// An idle stream gets a comment this often, so a proxy keeps it open and a page that went
    /// away is noticed.
    static let heartbeat: Duration = .seconds(15)

    static func events(from preview: SitePreview) -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await event in preview.events().cancelOnGracefulShutdown() {
                switch event {
                case .site(let snapshot): try await writer.write(ByteBuffer(bytes: message(for: snapshot)))
                case .heartbeat: try await writer.write(ByteBuffer(string: ": ♥\n\n"))
                }
            }
            try await writer.finish(nil)
        })
    }

    /// One event: `event: site` and the state as JSON on one `data:` line.
    static func message(for snapshot: SiteSnapshot) -> [UInt8] {
        var json: [UInt8] = Array("event: site\ndata: {\"version\":".utf8)
        JSONText.write(snapshot.version, to: &json)
        json.write(",\"changed\":")
        if let changed = snapshot.changed {
            json.write(UInt8(ascii: "["))
            for (index, path) in changed.enumerated() {
                if index > 0 { json.write(UInt8(ascii: ",")) }
                JSONText.write(path, to: &json)
            }
            json.write(UInt8(ascii: "]"))
        } else {
            json.write("null")
        }
        json.write(",\"errors\":[")
        for (index, error) in snapshot.errors.prefix(50).enumerated() {
            if index > 0 { json.write(UInt8(ascii: ",")) }
            JSONText.write(error.description, to: &json)
        }
        json.write("],\"more\":")
        JSONText.write(max(0, snapshot.errors.count - 50), to: &json)
        json.write("}\n\n")
        return json
    }

    /// What every address shows before the handbook has ever built: its errors, and the script
    /// that reloads the page once they are fixed.
    static func notBuiltPage(_ snapshot: SiteSnapshot, at requestPath: String) -> [UInt8] {
        // Relative, as on every page, so it works under whatever path a proxy serves the site at.
        let up = String(repeating: "../", count: max(0, requestPath.count { $0 == "/" } - 1))
        let english = snapshot.language == .en
        var html = "<!DOCTYPE html>\n<html lang=\"\(english ? "en" : "ru")\"><head><meta charset=\"utf-8\">"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        html += "<title>\(english ? "The handbook does not build yet" : "Руководство ещё не собирается")</title></head>\n"
        html += "<body data-handbook-not-built style=\"font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 50rem; padding: 0 1rem\">\n"
        html += "<h1>\(english ? "The handbook does not build yet" : "Руководство ещё не собирается")</h1>\n<p>"
        html += english ? "Fix these and this page turns into the handbook by itself:" : "Исправьте ошибки, и страница сама станет руководством:"
        html += "</p>\n<ul style=\"font-family: ui-monospace, monospace\">\n"
        for error in snapshot.errors { html += "<li>" + HTMLText.escape(error.description) + "</li>\n" }
        html += "</ul>\n<script src=\"\(up)\(scriptPath)\" data-version=\"\(snapshot.version)\" defer></script>\n</body></html>\n"
        return Array(html.utf8)
    }

    /// The page script, with its words in the handbook's language.
    static func script(language: HandbookLanguage) -> [UInt8] {
        language == .en ? englishScript : russianScript
    }

    // Made once: every page the server sends loads the script.
    private static let englishScript = makeScript(language: .en)
    private static let russianScript = makeScript(language: .ru)

    private static func makeScript(language: HandbookLanguage) -> [UInt8] {
        let strings: KeyValuePairs<String, String?> = language == .en
            ? ["title": "The handbook does not build", "kept": "The page shows the last version that built. Fix these and it reloads:", "more": "more", "close": "Hide"]
            : ["title": "Руководство не собирается", "kept": "На странице — последняя удачная сборка. Исправьте ошибки, и она обновится сама:", "more": "ещё", "close": "Скрыть"]
        var text: [UInt8] = Array("(function () {\n\"use strict\";\nvar words = ".utf8)
        JSONText.write(strings, to: &text)
        text.write(";\n")
        text.write(body)
        return text
    }

    private static let body = """
        var script = document.currentScript;
        var version = Number(script.getAttribute("data-version"));
        var base = new URL("..", script.src);
        var here = "";
        try {
          here = decodeURIComponent(new URL(location.href).pathname.slice(base.pathname.length));
        } catch (error) {
          // An address with a stray '%' names no file; any change reloads the page then.
          here = null;
        }
        if (here !== null && (here === "" || here.slice(-1) === "/")) here += "index.html";
        var overlay = null;

        function show(errors, more) {
          if (!overlay) {
            overlay = document.createElement("section");
            overlay.className = "handbook-build-errors";
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;" +
              "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;font:14px/1.5 ui-monospace,monospace;" +
              "border-top:4px solid #ff5a5a;box-shadow:0 -4px 24px rgba(0,0,0,.4)";
            document.body.appendChild(overlay);
          }
          overlay.textContent = "";
          var title = document.createElement("h2");
          title.style.cssText = "margin:0 0 .25rem;font:bold 16px/1.4 system-ui,sans-serif;color:#fff";
          title.textContent = words.title;
          var kept = document.createElement("p");
          kept.style.cssText = "margin:0 0 .5rem;font:14px/1.4 system-ui,sans-serif";
          kept.textContent = words.kept;
          var list = document.createElement("ul");
          list.style.cssText = "margin:0;padding-left:1.25rem";
          errors.forEach(function (error) {
            var item = document.createElement("li");
            item.textContent = error;
            list.appendChild(item);
          });
          if (more > 0) {
            var rest = document.createElement("li");
            rest.textContent = "… " + words.more + " " + more;
            list.appendChild(rest);
          }
          var close = document.createElement("button");
          close.type = "button";
          close.textContent = words.close;
          close.style.cssText = "float:right;font:14px system-ui,sans-serif;padding:.4rem .8rem;cursor:pointer";
          close.addEventListener("click", hide);
          overlay.appendChild(close);
          overlay.appendChild(title);
          overlay.appendChild(kept);
          overlay.appendChild(list);
        }

        function hide() {
          if (overlay) overlay.remove();
          overlay = null;
        }

        // Another page or the search files leave this one as it is (a page that searched keeps the index it loaded until it is opened again).
        function touchesThisPage(changed) {
          if (changed === null || here === null) return true;
          return changed.some(function (path) { return path === here || !/\\.html$|^search\\//.test(path); });
        }

        function take(state) {
          // Tells whoever looks (a test, a curious trainer) that the page follows the sources.
          document.documentElement.setAttribute("data-live-reload", "on");
          // The page that stands in for a handbook that never built lists the errors itself.
          if (document.body.hasAttribute("data-handbook-not-built")) {
            if (state.version !== version) location.reload();
            return;
          }
          if (state.errors.length > 0) {
            show(state.errors, state.more);
            // A broken build leaves the site as it was.
            if (state.version === version + 1 && state.changed !== null && state.changed.length === 0) version = state.version;
            return;
          }
          hide();
          if (state.version === version) return;
          // A page that missed an update cannot tell what it changed.
          if (state.version !== version + 1 || touchesThisPage(state.changed)) {
            location.reload();
            return;
          }
          version = state.version;
          document.documentElement.setAttribute("data-live-version", String(version));
        }

        function listen(onState) {
          var events = new EventSource(new URL("_handbook/events", base));
          events.addEventListener("site", function (event) { onState(JSON.parse(event.data)); });
        }

        // A browser keeps six connections to a server, and every open page's event stream holds
        // one: the seventh tab would never load. So one tab listens for all of them (the one that
        // holds the lock; another takes over when it closes) and passes each state on.
        var name = "handbook-live " + base.href;
        if (!("BroadcastChannel" in window) || !navigator.locks) {
          listen(take);
        } else {
          var channel = new BroadcastChannel(name);
          var last = null;
          var leading = false;
          channel.addEventListener("message", function (event) {
            if (event.data === "hello") {
              if (leading && last) channel.postMessage(last);
              return;
            }
            if (!leading) take(event.data);
          });
          channel.postMessage("hello");
          navigator.locks.request(name, function () {
            leading = true;
            listen(function (state) {
              last = state;
              channel.postMessage(state);
              take(state);
            });
            // Held for as long as the page is open.
            return new Promise(function () {});
          });
        }
        })();

        """
}
