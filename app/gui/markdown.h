// A lesson explanation's Markdown, parsed with md4c into simple blocks of styled runs that the Lesson panel lays out.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ls::gui {

// Inline styles of a run (bit flags; bold and italic are drawn as colours).
enum RunStyle : std::uint8_t {
  kStyleNormal = 0,
  kStyleBold = 1,
  kStyleItalic = 2,
  kStyleCode = 4,  // `code` span: monospace on a tinted background
  kStyleLink = 8,  // link text (links are shown, not followed)
};

// A piece of text in one style. "\n" as a whole run is a hard line break.
struct Run {
  std::string text;        // UTF-8, entities decoded
  std::uint8_t style = 0;  // RunStyle bits
};

enum class BlockKind : std::uint8_t {
  Paragraph,  // wrapped text
  Heading,    // "level" 1..6
  ListItem,   // a bullet or numbered item; "marker" is "•" or "3."; "depth" from 1
  CodeBlock,  // verbatim lines (not wrapped)
  Rule,       // a horizontal rule
  Quote,      // a paragraph inside a block quote
};

// One block of the document, in reading order.
struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;           // heading level (Heading only)
  int depth = 0;           // list nesting depth, 0 outside lists
  std::string marker;      // list marker for the first paragraph of an item ("" for continuations)
  std::vector<Run> runs;   // the text
};

// Parses "markdown" (CommonMark plus tables and strikethrough are read as plain text; images
// show their alt text). Never fails: md4c accepts any input.
std::vector<Block> parse_markdown(std::string_view markdown);

// The plain text of a block (runs joined), for tests and the clipboard.
std::string plain_text(const Block& block);

}  // namespace ls::gui
