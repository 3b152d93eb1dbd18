// Text on a map: names wrapped into short lines, and escaped so that Graphviz draws them
// exactly as written, in plain labels (Graphviz "escString") and in HTML-like labels.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coopnet {

/// Splits `text` into lines of at most `width` characters (UTF-8 code points) at word
/// boundaries, greedily: each line takes as many whole words as fit. Runs of blanks, tabs
/// and line breaks count as one word separator; a word longer than `width` stays whole on
/// a line of its own. Empty or blank text gives no lines. `width` 0 means no wrapping.
/// Example: wrap_words("Jugendamt der Stadt Duisburg", 20) = {"Jugendamt der Stadt",
/// "Duisburg"}. Complexity O(length).
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

/// A plain Graphviz label (an escString [1]) showing `lines` centred, one per line, exactly
/// as written: every `\` is doubled (so `\n`, `\N`, `\l` in a name stay text), every `&`
/// becomes `&amp;` (Graphviz reads entities such as `&auml;` in labels), and the lines
/// are joined by the escape `\n`. Quotes need nothing here: cgraph quotes the value when it
/// writes DOT, and Graphviz's SVG writer escapes `<`, `>`, `"` and `&`.
/// [1] https://graphviz.org/docs/attr-types/escString/
std::string graphviz_label(std::span<const std::string> lines);

/// Text for an HTML-like Graphviz label [1] and for the HTML report (text and quoted
/// attribute values): `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`;
/// line breaks become spaces (an HTML-like label breaks lines only with `<br/>`, and HTML
/// text shows a line break as a space anyway). Everything else, including UTF-8, is kept.
/// [1] https://graphviz.org/doc/info/shapes.html#html
std::string escape_html(std::string_view text);

}  // namespace coopnet
