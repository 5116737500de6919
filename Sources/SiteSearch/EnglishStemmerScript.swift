/// Snowball's English stemmer as the page script runs it on a query: `handbookStem(word)` takes a
/// word in lower case and gives the stem libstemmer gives (a browser test compares the two on every
/// word of the bundled handbook). Written from the algorithm's published description.
enum EnglishStemmerScript {
    static let source = #"""
        // Snowball's English stemmer, Porter2 (snowballstem.org/algorithms/english), written for the
        // site's search: it must give the stems the index was built with, which libstemmer gives.
        var handbookStem = (function () {
          "use strict";
          var exceptions = {
            skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl", gently: "gentl", ugly: "ugli",
            early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos",
            bias: "bias", andes: "andes"
          };
          var afterStep1a = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];
          var step2 = {
            tional: "tion", enci: "ence", anci: "ance", abli: "able", entli: "ent", izer: "ize", ization: "ize", ational: "ate",
            ation: "ate", ator: "ate", alism: "al", aliti: "al", alli: "al", fulness: "ful", ousli: "ous", ousness: "ous",
            iveness: "ive", iviti: "ive", biliti: "ble", bli: "ble", ogi: "og", fulli: "ful", lessli: "less", li: ""
          };
          var step3 = { tional: "tion", ational: "ate", alize: "al", icate: "ic", iciti: "ic", ical: "ic", ful: "", ness: "", ative: "" };
          var step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion"];

          function isVowel(c) { return "aeiouy".indexOf(c) >= 0; }

          function longest(word, endings) {
            var best = null;
            for (var i = 0; i < endings.length; i++) {
              var e = endings[i];
              if ((best === null || e.length > best.length) && word.length >= e.length && word.slice(word.length - e.length) === e) best = e;
            }
            return best;
          }

          // A short syllable ends the word's first `end` letters.
          function shortSyllable(word, end) {
            if (end >= 3) {
              return !isVowel(word[end - 3]) && isVowel(word[end - 2]) && !isVowel(word[end - 1]) && "wxY".indexOf(word[end - 1]) < 0;
            }
            return end === 2 && isVowel(word[0]) && !isVowel(word[1]);
          }

          function hasVowel(word, end) {
            for (var i = 0; i < end; i++) if (isVowel(word[i])) return true;
            return false;
          }

          return function (word) {
            if (Object.prototype.hasOwnProperty.call(exceptions, word)) return exceptions[word];
            if (word.length < 3) return word;
            if (word[0] === "'") word = word.slice(1);
            var letters = word.split("");
            for (var k = 0; k < letters.length; k++) {
              if (letters[k] === "y" && (k === 0 || isVowel(letters[k - 1]))) letters[k] = "Y";
            }
            word = letters.join("");
            var n = word.length, p1 = n, p2 = n, i = 0;
            var special = ["gener", "commun", "arsen"].filter(function (s) { return word.slice(0, s.length) === s; })[0];
            if (special) {
              p1 = special.length;
            } else {
              while (i < n && !isVowel(word[i])) i++;
              while (i < n && isVowel(word[i])) i++;
              if (i < n) p1 = i + 1;
            }
            if (p1 < n) {
              i = p1;
              while (i < n && !isVowel(word[i])) i++;
              while (i < n && isVowel(word[i])) i++;
              if (i < n) p2 = i + 1;
            }
            var ending = longest(word, ["'", "'s", "'s'"]);
            if (ending) word = word.slice(0, word.length - ending.length);
            ending = longest(word, ["sses", "ied", "ies", "s", "us", "ss"]);
            if (ending === "sses") word = word.slice(0, -2);
            else if (ending === "ied" || ending === "ies") word = word.slice(0, -3) + (word.length - 3 >= 2 ? "i" : "ie");
            else if (ending === "s" && hasVowel(word, word.length - 2)) word = word.slice(0, -1);
            if (afterStep1a.indexOf(word) >= 0) return word;

            ending = longest(word, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
            if (ending === "eed" || ending === "eedly") {
              if (word.length - ending.length >= p1) word = word.slice(0, word.length - ending.length) + "ee";
            } else if (ending && hasVowel(word, word.length - ending.length)) {
              word = word.slice(0, word.length - ending.length);
              var tail = longest(word, ["at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
              if (tail === "at" || tail === "bl" || tail === "iz") word += "e";
              else if (tail) word = word.slice(0, -1);
              else if (word.length === p1 && shortSyllable(word, word.length)) word += "e";
            }
            var last = word[word.length - 1];
            if ((last === "y" || last === "Y") && word.length > 2 && !isVowel(word[word.length - 2])) word = word.slice(0, -1) + "i";

            ending = longest(word, Object.keys(step2));
            if (ending && word.length - ending.length >= p1) {
              var stem = word.slice(0, word.length - ending.length);
              if (ending === "ogi") { if (stem[stem.length - 1] === "l") word = stem + "og"; }
              else if (ending === "li") { if ("cdeghkmnrt".indexOf(stem[stem.length - 1]) >= 0) word = stem; }
              else word = stem + step2[ending];
            }
            ending = longest(word, Object.keys(step3));
            if (ending && word.length - ending.length >= p1 && (ending !== "ative" || word.length - ending.length >= p2)) {
              word = word.slice(0, word.length - ending.length) + step3[ending];
            }
            ending = longest(word, step4);
            if (ending && word.length - ending.length >= p2) {
              var before = word[word.length - ending.length - 1];
              if (ending !== "ion" || before === "s" || before === "t") word = word.slice(0, word.length - ending.length);
            }
            last = word[word.length - 1];
            if (last === "e") {
              var at = word.length - 1;
              if (at >= p2 || (at >= p1 && !shortSyllable(word, at))) word = word.slice(0, -1);
            } else if (last === "l" && word.length - 1 >= p2 && word[word.length - 2] === "l") {
              word = word.slice(0, -1);
            }
            return word.replace(/Y/g, "y");
          };
        })();

        """#
}
