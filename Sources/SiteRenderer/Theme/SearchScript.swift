/// The search field's script (`assets/search.js`): loads the index and the stemmer the build
/// wrote under `search/` when search is first used, answers as the reader types, and leads to a
/// result with the arrow keys and Enter. `/` anywhere but in a field focuses it.
enum SearchScript {
    static let source = #"""
        // The site's search. The query is cut into words and stemmed as the index was built
        // (search/stemmer.js), the stems are looked up in search/index.js, and the best sections are
        // listed with their paths; each result's snippet comes from its page's shard
        // (search/text/<page>.js). Every file loads with a <script> tag on first use, so search works
        // from file:// as well as from a server. Whatever the index holds reaches the page as text.
        (function () {
          "use strict";
          var box = document.querySelector(".search[data-search]");
          if (!box) return;
          var folder = box.getAttribute("data-search");
          var root = folder.replace(/search\/$/, "");
          var input = box.querySelector(".search-input");
          var panel = box.querySelector(".search-panel");
          var count = box.querySelector(".search-count");
          var list = box.querySelector(".search-results");
          var status = box.querySelector(".search-status");
          var shownLimit = 20, prefixLimit = 30, k1 = 1.2, b = 0.75, titleBonus = 3;
          var index = null, pending = null, texts = {}, shardWaits = {}, stems = new Map();
          var results = [], active = -1, asked = "";

          window.handbookSearch = {
            addIndex: function (data) { index = prepare(data); },
            addText: function (id, sections) {
              texts[id] = sections;
              (shardWaits[id] || []).forEach(function (then) { then(); });
              delete shardWaits[id];
            },
            // Searches now and shows the results; the index must have loaded. For tests and the benchmark.
            run: function (query) { input.value = query; return show(query); },
            ready: function () { return index !== null && typeof handbookStem === "function"; }
          };

          function addScript(src, done) {
            var script = document.createElement("script");
            script.src = src;
            script.onload = done;
            document.head.appendChild(script);
          }

          function whenLoaded(then) {
            if (window.handbookSearch.ready()) { then(); return; }
            if (!pending) {
              pending = [];
              var left = 2;
              var loaded = function () { if (--left === 0) pending.forEach(function (wait) { wait(); }); };
              addScript(folder + "stemmer.js", loaded);
              addScript(folder + "index.js", loaded);
            }
            pending.push(then);
          }

          // Decodes what the index keeps compact (see IndexScript in the sources): the terms, each
          // section's title, anchor and path; postings wait until a query needs them.
          function prepare(data) {
            var terms = [], previous = "";
            data.terms.split(" ").forEach(function (coded) {
              if (!coded) return;
              previous = previous.slice(0, coded.charCodeAt(0) - 65) + coded.slice(1);
              terms.push(previous);
            });
            data.terms = terms;
            data.decoded = new Array(terms.length);
            var total = 0, number = 0, sections = [];
            data.pages.forEach(function (page, pageNumber) {
              var first = number;
              for (var part = 0; part < page[3]; part++, number++) {
                var section = data.sections[number];
                var title = section[0] === 0 ? page[2] : section[0];
                var anchor = section[1] === 0 ? title.toLowerCase().replace(/[ \u00a0]/g, "-") : section[1];
                total += section[2];
                sections.push({ page: pageNumber, title: title, anchor: anchor, length: section[2], parent: section.length > 3 ? first + section[3] : -1 });
              }
            });
            data.sections = sections;
            var average = data.sections.length ? total / data.sections.length : 1;
            // BM25's length normalisation of each section, worked out once.
            data.norms = new Float64Array(data.sections.length);
            data.sections.forEach(function (section, number) { data.norms[number] = k1 * (1 - b + b * section.length / average); });
            return data;
          }

          // Words as the index cut them: letters and digits, marks dropped, lower case, ё as е.
          function words(text) {
            var found = text.toLowerCase().replace(/ё/g, "е").match(/[\p{L}\p{N}\p{M}]+/gu) || [];
            return found.map(function (word) { return word.replace(/\p{M}/gu, ""); }).filter(Boolean);
          }

          function stem(word) {
            var known = stems.get(word);
            if (known === undefined) { known = handbookStem(word); stems.set(word, known); }
            return known;
          }

          // The first term not before `key`, by halves (terms are sorted as JavaScript compares strings).
          function firstFrom(key) {
            var low = 0, high = index.terms.length;
            while (low < high) {
              var middle = (low + high) >> 1;
              if (index.terms[middle] < key) low = middle + 1; else high = middle;
            }
            return low;
          }

          // A term's postings as sections and flags, decoded once: base-32 numbers whose last digit
          // is from the alphabet's first half.
          var digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", digitValue = [];
          for (var d = 0; d < digits.length; d++) digitValue[digits.charCodeAt(d)] = d;
          function postings(term) {
            var decoded = index.decoded[term];
            if (!decoded) {
              var packed = index.postings[term], sections = new Int32Array(packed.length), flags = new Uint8Array(packed.length);
              var count = 0, section = 0, value = 0;
              for (var i = 0; i < packed.length; i++) {
                var digit = digitValue[packed.charCodeAt(i)];
                value = value * 32 + (digit & 31);
                if (digit < 32) {
                  section += value >> 4;
                  sections[count] = section;
                  flags[count++] = value & 15;
                  value = 0;
                }
              }
              decoded = index.decoded[term] = { sections: sections.subarray(0, count), flags: flags.subarray(0, count) };
            }
            return decoded;
          }

          // The terms a query word stands for: its stem, and while it is still being typed, every stem it begins.
          function termsFor(word, typing) {
            var key = stem(word), at = firstFrom(key), found = [];
            if (at < index.terms.length && index.terms[at] === key) found.push(at);
            if (typing && word.length >= 3) {
              for (var i = at; i < index.terms.length && found.length < prefixLimit && index.terms[i].startsWith(key); i++) {
                if (index.terms[i] !== key) found.push(i);
              }
            }
            return found;
          }

          // Sections holding every word of the query (or, when none does, the most of them): how many,
          // and the best `shownLimit` of them, best first. BM25 over the words' occurrences, and a word
          // in a section's title counts more than any number of it in the text.
          function search(query) {
            var queryWords = words(query), typing = !/\s$/.test(query);
            var seen = {}, groups = [];
            queryWords.forEach(function (word, position) {
              var last = typing && position === queryWords.length - 1;
              var key = stem(word) + (last ? "*" : "");
              if (!seen[key]) { seen[key] = true; groups.push(termsFor(word, last)); }
            });
            var total = index.sections.length, norms = index.norms;
            var scores = new Float64Array(total), matched = new Uint8Array(total), candidates = [], most = 0;
            function add(section, score) {
              if (matched[section] === 0) candidates.push(section);
              scores[section] += score;
              if (++matched[section] > most) most = matched[section];
            }
            groups.forEach(function (terms) {
              // A word still being typed stands for several stems: a section counts its best one.
              var best = terms.length > 1 ? new Float64Array(total) : null, touched = [];
              terms.forEach(function (term) {
                var list = postings(term), sections = list.sections, flags = list.flags, count = sections.length;
                var idf = Math.log(1 + (total - count + 0.5) / (count + 0.5));
                for (var i = 0; i < count; i++) {
                  var section = sections[i], text = flags[i] & 7;
                  var score = idf * (text * (k1 + 1) / (text + norms[section]) + (flags[i] & 8 ? titleBonus : 0));
                  if (!best) add(section, score);
                  else if (score > best[section]) {
                    if (best[section] === 0) touched.push(section);
                    best[section] = score;
                  }
                }
              });
              touched.forEach(function (section) { add(section, best[section]); });
            });
            var count = 0, top = [];
            function before(one, other) { return scores[one] > scores[other] || (scores[one] === scores[other] && one < other); }
            candidates.forEach(function (section) {
              if (matched[section] !== most) return;
              count++;
              if (top.length === shownLimit && !before(section, top[shownLimit - 1])) return;
              var at = top.length;
              while (at > 0 && before(section, top[at - 1])) at--;
              top.splice(at, 0, section);
              if (top.length > shownLimit) top.pop();
            });
            return { count: count, top: top };
          }

          function matcher(query) {
            var queryWords = words(query), typing = !/\s$/.test(query), exact = new Set(), prefix = null;
            queryWords.forEach(function (word, position) {
              if (typing && position === queryWords.length - 1 && word.length >= 3) prefix = stem(word);
              exact.add(stem(word));
            });
            return function (word) {
              var key = stem(word);
              return exact.has(key) || (prefix !== null && key.startsWith(prefix));
            };
          }

          // A piece of the section's text around its first match, the matched words marked.
          function snippet(text, matches) {
            var pattern = /[\p{L}\p{N}\p{M}]+/gu, found = [], word;
            while ((word = pattern.exec(text)) !== null) {
              var plain = word[0].toLowerCase().replace(/ё/g, "е").replace(/\p{M}/gu, "");
              if (plain && matches(plain)) found.push([word.index, word.index + word[0].length]);
            }
            var start = found.length ? Math.max(0, found[0][0] - 60) : 0;
            if (start > 0) start = text.indexOf(" ", start) + 1 || start;
            var end = Math.min(text.length, start + 220);
            if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
            var fragment = document.createDocumentFragment(), at = start;
            if (start > 0) fragment.appendChild(document.createTextNode("…"));
            found.forEach(function (range) {
              if (range[0] < at || range[1] > end) return;
              fragment.appendChild(document.createTextNode(text.slice(at, range[0])));
              var mark = document.createElement("mark");
              mark.textContent = text.slice(range[0], range[1]);
              fragment.appendChild(mark);
              at = range[1];
            });
            fragment.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? "…" : "")));
            return fragment;
          }

          function fillSnippet(element, page, part, matches) {
            var fill = function () {
              var sections = texts[page[0]];
              if (sections && sections[part] !== undefined) element.appendChild(snippet(sections[part], matches));
            };
            if (texts[page[0]]) { fill(); return; }
            if (!shardWaits[page[0]]) {
              shardWaits[page[0]] = [];
              addScript(folder + "text/" + page[0].split("/").map(encodeURIComponent).join("/") + ".js");
            }
            shardWaits[page[0]].push(fill);
          }

          // The titles from the top of the book down to the section: «Стандарты › Жалобы › Как извиниться».
          function pathOf(section) {
            var path = [];
            for (var page = index.pages[section.page]; page; page = index.pages[page[1]]) path.unshift(page[2]);
            if (section.parent >= 0) path.push(index.sections[section.parent].title);
            if (section.anchor) path.push(section.title);
            return path.join(" › ");
          }

          function show(query) {
            asked = query;
            var found = words(query).length ? search(query) : null;
            list.textContent = "";
            results = [];
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (found === null) { close(); status.textContent = ""; return 0; }
            var matches = matcher(query);
            found.top.forEach(function (number, position) {
              var section = index.sections[number], page = index.pages[section.page];
              // The link is the option itself: an option may not hold another control.
              var item = document.createElement("li");
              item.setAttribute("role", "none");
              var link = document.createElement("a");
              link.id = "search-result-" + position;
              link.setAttribute("role", "option");
              link.setAttribute("aria-selected", "false");
              link.href = root + page[0].split("/").map(encodeURIComponent).join("/") + ".html" + (section.anchor ? "#" + encodeURIComponent(section.anchor) : "");
              var title = document.createElement("span");
              title.className = "search-title";
              title.textContent = section.title;
              var path = document.createElement("span");
              path.className = "search-path";
              path.textContent = pathOf(section);
              var text = document.createElement("span");
              text.className = "search-snippet";
              link.append(title, path, text);
              item.appendChild(link);
              list.appendChild(item);
              results.push(link);
              fillSnippet(text, page, partOf(number, section.page), matches);
            });
            var said = found.count ? status.getAttribute("data-found").replace("{count}", String(found.count)) : status.getAttribute("data-none");
            count.textContent = said;
            status.textContent = said;
            open();
            return found.count;
          }

          // Which of its page's sections a section is: the shard lists them in the same order.
          function partOf(number, page) {
            var part = 0;
            while (number - part - 1 >= 0 && index.sections[number - part - 1].page === page) part++;
            return part;
          }

          function open() {
            panel.hidden = false;
            input.setAttribute("aria-expanded", "true");
          }

          function close() {
            panel.hidden = true;
            input.setAttribute("aria-expanded", "false");
          }

          function choose(position) {
            if (active >= 0) results[active].setAttribute("aria-selected", "false");
            active = position;
            var item = results[active];
            item.setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", item.id);
            item.scrollIntoView({ block: "nearest" });
          }

          input.addEventListener("input", function () {
            var query = input.value;
            whenLoaded(function () { if (input.value === query) show(query); });
          });
          input.addEventListener("focus", function () {
            whenLoaded(function () { if (input.value && input.value !== asked) show(input.value); });
            if (input.value && results.length) open();
          });
          input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              if (!results.length) return;
              event.preventDefault();
              if (panel.hidden) open();
              var step = event.key === "ArrowDown" ? 1 : -1;
              choose(active < 0 ? (step > 0 ? 0 : results.length - 1) : (active + step + results.length) % results.length);
            } else if (event.key === "Enter") {
              if (!results.length || panel.hidden) return;
              event.preventDefault();
              var link = results[active < 0 ? 0 : active];
              close();
              location.href = link.href;
            } else if (event.key === "Escape") {
              if (!panel.hidden) close(); else { input.value = ""; show(""); input.blur(); }
            }
          });
          list.addEventListener("click", function () { close(); });
          // The results are links Tab also reaches (a list that scrolls must be reachable without
          // the arrows); Escape on one goes back to the field, and leaving the box closes them.
          list.addEventListener("keydown", function (event) {
            if (event.key === "Escape") { input.focus(); close(); }
          });
          box.addEventListener("focusout", function (event) {
            if (!box.contains(event.relatedTarget)) close();
          });
          document.addEventListener("click", function (event) { if (!box.contains(event.target)) close(); });
          document.addEventListener("keydown", function (event) {
            if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
            var target = event.target;
            if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
            event.preventDefault();
            input.focus();
            input.select();
          });
          box.hidden = false;
        })();

        """#
}
