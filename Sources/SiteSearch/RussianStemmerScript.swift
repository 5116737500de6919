/// Snowball's Russian stemmer as the page script runs it on a query: `handbookStem(word)` takes a
/// word in lower case and gives the stem libstemmer gives (a browser test compares the two on every
/// word of the bundled handbook). Written from the algorithm's published description.
enum RussianStemmerScript {
    static let source = #"""
        // Snowball's Russian stemmer (snowballstem.org/algorithms/russian), written for the site's search:
        // it must give the stems the index was built with, which libstemmer gives.
        var handbookStem = (function () {
          "use strict";
          var vowels = "аеиоуыэюя";
          var gerund = [["в", "вши", "вшись"], ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]];
          var adjective = ["ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему", "ому",
            "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею"];
          var participle = [["ем", "нн", "вш", "ющ", "щ"], ["ивш", "ывш", "ующ"]];
          var verb = [["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
            ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило", "ыло", "ено", "ят",
              "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю"]];
          var noun = ["а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям", "ям", "ием",
            "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я"];

          function isVowel(c) { return vowels.indexOf(c) >= 0; }

          // The longest of `endings` the word ends with that starts at `limit` or after; "" if none.
          function longest(word, limit, endings) {
            var best = "";
            for (var i = 0; i < endings.length; i++) {
              var e = endings[i];
              if (e.length > best.length && word.length - e.length >= limit && word.slice(word.length - e.length) === e) best = e;
            }
            return best;
          }

          // Snowball's two-group among: the longest ending of either group; one of the first group only
          // goes after а or я (inside the region). The word without it, or null.
          function removeGrouped(word, limit, groups) {
            var first = longest(word, limit, groups[0]), second = longest(word, limit, groups[1]);
            if (first.length > second.length) {
              var before = word.length - first.length - 1;
              return before >= limit && (word[before] === "а" || word[before] === "я") ? word.slice(0, before + 1) : null;
            }
            return second ? word.slice(0, word.length - second.length) : null;
          }

          function adjectival(word, rv) {
            var ending = longest(word, rv, adjective);
            if (!ending) return null;
            word = word.slice(0, word.length - ending.length);
            var shorter = removeGrouped(word, rv, participle);
            return shorter === null ? word : shorter;
          }

          return function (word) {
            word = word.replace(/ё/g, "е");
            var n = word.length, rv = n, r2 = n, i = 0;
            while (i < n && !isVowel(word[i])) i++;
            if (i < n) {
              rv = i + 1;
              i = rv;
              while (i < n && isVowel(word[i])) i++;
              if (i < n) {
                i++;
                while (i < n && !isVowel(word[i])) i++;
                if (i < n) {
                  i++;
                  while (i < n && isVowel(word[i])) i++;
                  if (i < n) r2 = i + 1;
                }
              }
            }
            var result = removeGrouped(word, rv, gerund);
            if (result !== null) {
              word = result;
            } else {
              var reflexive = longest(word, rv, ["ся", "сь"]);
              if (reflexive) word = word.slice(0, word.length - reflexive.length);
              result = adjectival(word, rv);
              if (result === null) result = removeGrouped(word, rv, verb);
              if (result === null) {
                var ending = longest(word, rv, noun);
                if (ending) result = word.slice(0, word.length - ending.length);
              }
              if (result !== null) word = result;
            }
            if (word.length - 1 >= rv && word[word.length - 1] === "и") word = word.slice(0, -1);
            var derivational = longest(word, Math.max(rv, r2), ["ост", "ость"]);
            if (derivational) word = word.slice(0, word.length - derivational.length);
            var tidy = longest(word, rv, ["ейш", "ейше", "н", "ь"]);
            if (tidy === "ейш" || tidy === "ейше") {
              word = word.slice(0, word.length - tidy.length);
              if (word.length - 2 >= rv && word.slice(-2) === "нн") word = word.slice(0, -1);
            } else if (tidy === "н") {
              if (word.length - 2 >= rv && word[word.length - 2] === "н") word = word.slice(0, -1);
            } else if (tidy === "ь") {
              word = word.slice(0, -1);
            }
            return word;
          };
        })();

        """#
}
