/// The lint page's script (`assets/lint.js`). It asks `handbook serve` at addresses relative to
/// the page, so the site works under any sub-path; from `file://` it asks nothing, so the site
/// still makes no request outside its folder. Everything the server or the agent wrote reaches
/// the page as text, never as HTML.
enum LintScript {
    static let source = #"""
        // The lint page: the draft goes to `handbook serve` as the agent types, and what the linter
        // finds is marked on the words themselves and listed with its fixes. Without a server the
        // page keeps its note on how to start one.
        (function () {
          "use strict";
          var page = document.querySelector(".lint");
          if (!page || location.protocol === "file:") return;

          var words = JSON.parse(page.getAttribute("data-strings"));
          var roles = JSON.parse(page.getAttribute("data-client-roles")).concat(JSON.parse(page.getAttribute("data-agent-roles")))
            .map(function (label) { return label.toLowerCase(); });
          var form = page.querySelector(".lint-form");
          var context = page.querySelector("#lint-context");
          var contextNote = page.querySelector("#lint-context-note");
          var draft = page.querySelector("#lint-draft");
          var backdrop = page.querySelector(".lint-backdrop");
          var tokenField = page.querySelector(".lint-token-field");
          var token = page.querySelector("#lint-token");
          var progress = page.querySelector(".lint-progress");
          var results = page.querySelector(".lint-results");
          var live = page.querySelector(".lint-live");
          var summary = page.querySelector(".lint-summary");
          var list = page.querySelector(".lint-findings");
          var api = new URL("../api/lint", location.href).href;
          // Kept for the tab's life: the token, and the fields, which a live reload of the page
          // (the server rebuilt the site) would otherwise take from under the agent's hands.
          var keys = { token: "handbook-lint-token", draft: "handbook-lint-draft", context: "handbook-lint-context" };
          var severities = ["suggestion", "warning", "error"];

          // What the list shows: each finding with where its words are in the draft now (UTF-16
          // offsets into draft.value, and the words themselves), or no range once an edit went
          // through them. `shownText` is the draft text the ranges are of.
          var findings = [];
          var shownText = "";
          var listKey = null;
          var manyMessages = false;
          // The latest request: its number, and how to cancel it when a newer one starts.
          var sent = 0;
          var inFlight = null;
          var timer = 0;

          var health = new AbortController();
          var healthTimer = setTimeout(function () { health.abort(); }, 5000);
          fetch(new URL("../healthz", location.href).href, { cache: "no-store", headers: { Accept: "application/json" }, signal: health.signal })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
              if (answer && answer.status === "ok") start(); else noServer();
            }, noServer)
            .then(function () { clearTimeout(healthTimer); });

          function noServer() {
            page.querySelector(".lint-no-server").hidden = false;
          }

          function start() {
            page.querySelector(".lint-offline").hidden = true;
            form.hidden = false;
            results.hidden = false;
            var saved = stored(keys.token);
            if (saved) {
              token.value = saved;
              tokenField.hidden = false;
            }
            if (!draft.value) draft.value = stored(keys.draft);
            if (!context.value) context.value = stored(keys.context);
            form.addEventListener("submit", function (event) {
              event.preventDefault();
              checkNow();
            });
            form.addEventListener("keydown", function (event) {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                checkNow();
              }
            });
            draft.addEventListener("input", edited);
            context.addEventListener("input", function () {
              store(keys.context, context.value);
              schedule();
            });
            token.addEventListener("input", function () {
              store(keys.token, token.value);
              schedule();
            });
            document.addEventListener("selectionchange", function () {
              if (document.activeElement === draft) markCurrent();
            });
            window.addEventListener("resize", fit);
            // The browser may have kept what was typed before a reload.
            edited();
          }

          // MARK: Checking

          function schedule() {
            clearTimeout(timer);
            timer = setTimeout(checkNow, 300);
          }

          function checkNow() {
            clearTimeout(timer);
            if (inFlight) inFlight.abort();
            inFlight = null;
            var number = ++sent;
            var text = draft.value;
            if (!/\S/.test(text)) {
              busy(false);
              show([], text, null);
              say(words.emptyDraft);
              return;
            }
            var dialogue = isDialogue(text);
            var messages = dialogue ? null : messagesOf(text);
            var body = dialogue
              ? { text: text }
              : { context: messagesOf(context.value).map(function (message) { return message.text; }), messages: messages.map(function (message) { return message.text; }) };
            body.id = String(number);
            var headers = { "Content-Type": "application/json", Accept: "application/json" };
            if (token.value) headers.Authorization = "Bearer " + token.value;
            var controller = new AbortController();
            inFlight = controller;
            busy(true);
            fetch(api, { method: "POST", headers: headers, body: JSON.stringify(body), cache: "no-store", signal: controller.signal })
              .then(function (response) {
                return response.json().then(function (answer) { return [response, answer]; }, function () { return [response, null]; });
              })
              .then(function (reply) {
                var response = reply[0], answer = reply[1];
                // Only the answer to the latest request counts: an earlier one is of older text.
                if (number !== sent) return;
                if (answer && answer.id !== undefined && answer.id !== null && String(answer.id) !== body.id) return;
                inFlight = null;
                busy(false);
                if (response.ok && answer && Array.isArray(answer.findings)) {
                  manyMessages = dialogue || messages.length > 1;
                  show(answer.findings, text, messages);
                } else if (response.status === 401) {
                  tokenField.hidden = false;
                  show([], text, null);
                  say(token.value ? words.tokenRefused : words.tokenNeeded, true);
                } else {
                  show([], text, null);
                  say(answer && answer.error && typeof answer.error.message === "string" ? refusal(answer.error) : words.noAnswer, true);
                }
              })
              .catch(function () {
                if (number !== sent) return;
                inFlight = null;
                busy(false);
                show([], text, null);
                say(words.noAnswer, true);
              });
          }

          function refusal(error) {
            var text = fill(words.refused, { message: error.message });
            if (error.line >= 1 && error.column >= 1) text += " (" + fill(words.position, { line: error.line, column: error.column }) + ")";
            return text;
          }

          // As `handbook lint` tells them apart: a line that starts with a role label and a colon
          // makes the text a dialogue.
          function isDialogue(text) {
            return text.split("\n").some(function (line) {
              var rest = line.replace(/^[ \t]+/, "");
              var colon = rest.indexOf(":");
              return colon >= 0 && roles.indexOf(rest.slice(0, colon).replace(/[ \t]+$/, "").toLowerCase()) >= 0;
            });
          }

          // The messages of a field, which an empty line separates, each with where it starts.
          function messagesOf(text) {
            var messages = [];
            var start = -1, end = 0, offset = 0;
            text.split("\n").forEach(function (line) {
              if (/\S/.test(line)) {
                if (start < 0) start = offset;
                end = offset + line.length;
              } else if (start >= 0) {
                messages.push({ start: start, text: text.slice(start, end) });
                start = -1;
              }
              offset += line.length + 1;
            });
            if (start >= 0) messages.push({ start: start, text: text.slice(start, end) });
            return messages;
          }

          // MARK: Where the findings are

          function show(found, text, messages) {
            findings = found.filter(function (finding) {
              return finding && typeof finding.rule === "string" && typeof finding.message === "string";
            }).map(function (finding) {
              return { finding: finding, range: locate(finding, text, messages) };
            });
            findings.sort(function (one, other) {
              return (one.range ? one.range.start : Infinity) - (other.range ? other.range.start : Infinity);
            });
            shownText = text;
            follow(draft.value);
            draw();
            render();
          }

          // Positions come in Unicode scalars, 1-based: per agent message for plain messages, in the
          // text as sent for a dialogue (`input_line`, `input_column`).
          function locate(finding, text, messages) {
            var start, limit;
            if (messages) {
              var message = messages[finding.message_index];
              if (!message || !(finding.line >= 1 && finding.column >= 1)) return null;
              start = message.start + offsetOf(message.text, finding.line, finding.column);
              limit = message.start + message.text.length;
            } else {
              if (!(finding.input_line >= 1 && finding.input_column >= 1)) return null;
              start = offsetOf(text, finding.input_line, finding.input_column);
              limit = text.length;
            }
            var end = Math.min(forward(text, start, finding.length > 0 ? finding.length : 0, !messages), limit);
            return { start: start, end: end, text: text.slice(start, end) };
          }

          function offsetOf(text, line, column) {
            var offset = 0;
            for (var number = 1; number < line; number++) {
              var next = text.indexOf("\n", offset);
              if (next < 0) return text.length;
              offset = next + 1;
            }
            var lineEnd = text.indexOf("\n", offset);
            return Math.min(forward(text, offset, column - 1, false), lineEnd < 0 ? text.length : lineEnd);
          }

          // `count` scalars on from `offset`. In a dialogue a message's next line is the input's
          // next line without its indent, which the count does not include.
          function forward(text, offset, count, skipsIndent) {
            while (count > 0 && offset < text.length) {
              var code = text.codePointAt(offset);
              offset += code > 0xffff ? 2 : 1;
              count -= 1;
              if (skipsIndent && code === 10) {
                while (text[offset] === " " || text[offset] === "\t") offset += 1;
              }
            }
            return offset;
          }

          // Moves the ranges from `shownText` to `text`: before the edit they stay, after it they
          // move with it, and a range the edit went through is dropped until the next answer.
          function follow(text) {
            var before = shownText;
            if (text === before) return;
            var most = Math.min(before.length, text.length);
            var head = 0;
            while (head < most && before.charCodeAt(head) === text.charCodeAt(head)) head += 1;
            var tail = 0;
            while (tail < most - head && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail += 1;
            var editEnd = before.length - tail, shift = text.length - before.length;
            findings.forEach(function (entry) {
              var range = entry.range;
              if (!range || range.end <= head) return;
              if (range.start >= editEnd) {
                range.start += shift;
                range.end += shift;
              } else {
                entry.range = null;
              }
            });
            shownText = text;
          }

          // MARK: The draft

          function edited() {
            store(keys.draft, draft.value);
            follow(draft.value);
            var dialogue = isDialogue(draft.value);
            contextNote.hidden = !dialogue;
            context.setAttribute("aria-describedby", dialogue ? "lint-context-hint lint-context-note" : "lint-context-hint");
            draw();
            fit();
            schedule();
          }

          // The draft's text again behind the textarea, transparent but for the marks, so they sit
          // under the very words; where findings overlap the more severe one colours the words.
          function draw() {
            var text = draft.value;
            var spans = findings.filter(function (entry) { return entry.range && entry.range.end > entry.range.start; });
            var cuts = [0, text.length];
            spans.forEach(function (entry) { cuts.push(entry.range.start, entry.range.end); });
            cuts = cuts.filter(function (cut, index) { return cuts.indexOf(cut) === index; }).sort(function (a, b) { return a - b; });
            var fragment = document.createDocumentFragment();
            for (var index = 0; index + 1 < cuts.length; index++) {
              var from = cuts[index], to = cuts[index + 1];
              var worst = -1;
              spans.forEach(function (entry) {
                if (entry.range.start <= from && entry.range.end >= to) worst = Math.max(worst, rank(entry.finding.severity));
              });
              if (worst < 0) {
                fragment.appendChild(document.createTextNode(text.slice(from, to)));
              } else {
                fragment.appendChild(element("mark", "lint-mark lint-mark-" + severities[worst], text.slice(from, to)));
              }
            }
            // A last empty line takes a line's height in the textarea, and so it does here.
            if (text.slice(-1) === "\n") fragment.appendChild(document.createTextNode(" "));
            backdrop.replaceChildren(fragment);
          }

          // The textarea grows with its text instead of scrolling, so the marks never scroll apart from it.
          function fit() {
            draft.style.height = "auto";
            draft.style.height = draft.scrollHeight + draft.offsetHeight - draft.clientHeight + "px";
          }

          function markCurrent() {
            var caret = draft.selectionStart;
            Array.prototype.forEach.call(list.children, function (item, index) {
              var range = findings[index] && findings[index].range;
              item.classList.toggle("lint-finding-current", !!range && caret >= range.start && caret <= range.end);
            });
          }

          function select(index) {
            var range = current(index);
            if (!range) return checkNow();
            draft.focus();
            draft.setSelectionRange(range.start, range.end);
          }

          function replace(index) {
            var range = current(index);
            if (!range) return checkNow();
            var suggestion = findings[index].finding.suggestion;
            var before = draft.value;
            draft.focus();
            draft.setSelectionRange(range.start, range.end);
            // As typed, so the browser's undo takes it back; setRangeText where that is not offered.
            var typed = false;
            try {
              typed = document.execCommand("insertText", false, suggestion);
            } catch (error) {
              typed = false;
            }
            if (!typed || draft.value === before) draft.setRangeText(suggestion, range.start, range.end, "end");
            edited();
            checkNow();
          }

          // The range of finding `index` when its words are still where they were.
          function current(index) {
            var range = findings[index] && findings[index].range;
            return range && draft.value.slice(range.start, range.end) === range.text ? range : null;
          }

          // MARK: The list

          function render() {
            var key = JSON.stringify(findings.map(function (entry) {
              var finding = entry.finding;
              return [finding.rule, finding.severity, finding.message, finding.match, finding.suggestion, finding.message_index, manyMessages];
            }));
            if (key !== listKey) {
              listKey = key;
              var items = findings.map(item);
              list.replaceChildren.apply(list, items);
            }
            if (draft.value.trim() !== "") say(findings.length ? fill(words.count, { count: findings.length }) : words.noFindings);
            markCurrent();
          }

          function item(entry, index) {
            var finding = entry.finding;
            var severity = severities[rank(finding.severity)];
            var item = element("li", "lint-finding lint-finding-" + severity);
            var head = element("p", "lint-finding-head");
            head.appendChild(element("span", "lint-severity", words[severity]));
            if (manyMessages && finding.message_index >= 0) {
              head.appendChild(element("span", "lint-where", fill(words.messageNumber, { number: finding.message_index + 1 })));
            }
            item.appendChild(head);
            item.appendChild(element("p", "lint-finding-message", finding.message));
            var actions = element("p", "lint-finding-actions");
            if (entry.range && typeof finding.match === "string" && finding.match) {
              var show = element("button", "lint-show");
              show.type = "button";
              show.appendChild(element("span", "visually-hidden", words.showInDraft + " "));
              show.appendChild(document.createTextNode(fill(words.quoted, { match: shortened(finding.match) })));
              show.addEventListener("click", function () { select(index); });
              actions.appendChild(show);
            }
            if (entry.range && typeof finding.suggestion === "string") {
              var fix = element("button", "lint-fix", fill(words.replace, { suggestion: finding.suggestion }));
              fix.type = "button";
              fix.addEventListener("click", function () { replace(index); });
              actions.appendChild(fix);
            }
            var href = ruleLink(finding);
            if (href) {
              var link = element("a", "lint-rule", fill(words.rulePage, { rule: finding.rule }));
              link.href = href;
              actions.appendChild(link);
            }
            if (actions.firstChild) item.appendChild(actions);
            return item;
          }

          // The handbook's own rule page relatively, so it opens wherever the site is served; a rule's
          // own address outside the handbook as given, when it is a web address.
          function ruleLink(finding) {
            var own = /^[a-z0-9][a-z0-9.-]*$/.test(finding.rule) ? "../rules/" + finding.rule + ".html" : null;
            if (typeof finding.link !== "string") return own;
            var url;
            try {
              url = new URL(finding.link, location.href);
            } catch (error) {
              return own;
            }
            if (own && url.pathname.slice(-("/rules/" + finding.rule + ".html").length) === "/rules/" + finding.rule + ".html") return own;
            return url.protocol === "http:" || url.protocol === "https:" ? url.href : own;
          }

          function say(text, isError) {
            if (summary.textContent !== text) summary.textContent = text;
            summary.classList.toggle("lint-summary-error", !!isError);
          }

          function busy(on) {
            progress.hidden = !on;
            live.setAttribute("aria-busy", on ? "true" : "false");
          }

          // MARK: Small things

          function rank(severity) {
            var index = severities.indexOf(severity);
            return index < 0 ? 0 : index;
          }

          function element(name, className, text) {
            var node = document.createElement(name);
            node.className = className;
            if (text !== undefined) node.textContent = text;
            return node;
          }

          function fill(text, values) {
            return text.replace(/\{(\w+)\}/g, function (whole, name) {
              return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
            });
          }

          function shortened(text) {
            var scalars = Array.from(text);
            return scalars.length > 60 ? scalars.slice(0, 57).join("") + "…" : text;
          }

          // sessionStorage, which a browser may refuse: then nothing outlives a reload.
          function stored(key) {
            try {
              return sessionStorage.getItem(key) || "";
            } catch (error) {
              return "";
            }
          }

          function store(key, value) {
            try {
              if (value) sessionStorage.setItem(key, value); else sessionStorage.removeItem(key);
            } catch (error) {
              return;
            }
          }
        })();

        """#
}
