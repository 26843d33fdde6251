// Tests for reading a lesson explanation's Markdown into blocks of styled runs.
#include <doctest/doctest.h>

#include "app/gui/markdown.h"

using namespace ls::gui;

TEST_CASE("paragraphs join soft line breaks with spaces and keep inline styles") {
  auto blocks = parse_markdown("Two downloads finish after **1 second**,\nnot *2*, see `asyncio.sleep`.\n");
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].kind == BlockKind::Paragraph);
  CHECK(plain_text(blocks[0]) == "Two downloads finish after 1 second, not 2, see asyncio.sleep.");
  bool bold = false, italic = false, code = false;
  for (auto& r : blocks[0].runs) {
    bold |= r.text == "1 second" && r.style == kStyleBold;
    italic |= r.text == "2" && r.style == kStyleItalic;
    code |= r.text == "asyncio.sleep" && r.style == kStyleCode;
  }
  CHECK(bold);
  CHECK(italic);
  CHECK(code);
}

TEST_CASE("bullet and numbered lists give one item each, with markers and depth") {
  auto blocks = parse_markdown("- one\n- two\n  - nested\n\n3. third\n4. fourth\n");
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0].kind == BlockKind::ListItem);
  CHECK(blocks[0].marker == "\xE2\x80\xA2");
  CHECK(blocks[0].depth == 1);
  CHECK(plain_text(blocks[1]) == "two");
  CHECK(blocks[2].depth == 2);
  CHECK(plain_text(blocks[2]) == "nested");
  CHECK(blocks[3].marker == "3.");
  CHECK(blocks[4].marker == "4.");
}

TEST_CASE("a loose list item with two paragraphs has one marker") {
  auto blocks = parse_markdown("1. first\n\n   more about first\n\n2. second\n");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].marker == "1.");
  CHECK(blocks[1].marker.empty());
  CHECK(blocks[1].kind == BlockKind::ListItem);
  CHECK(blocks[2].marker == "2.");
}

TEST_CASE("headings, code blocks, rules and entities") {
  auto blocks = parse_markdown("## Try this\n\n```\nawait x\n```\n\n---\n\nA &amp; B &#8594; C\n");
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].kind == BlockKind::Heading);
  CHECK(blocks[0].level == 2);
  CHECK(plain_text(blocks[0]) == "Try this");
  CHECK(blocks[1].kind == BlockKind::CodeBlock);
  CHECK(plain_text(blocks[1]) == "await x");
  CHECK(blocks[2].kind == BlockKind::Rule);
  CHECK(plain_text(blocks[3]) == "A & B \xE2\x86\x92 C");
}

TEST_CASE("images show their alt text - empty input gives no blocks") {
  CHECK(parse_markdown("").empty());
  auto blocks = parse_markdown("![the loop](loop.png)\n");
  REQUIRE(blocks.size() == 1);
  CHECK(plain_text(blocks[0]) == "the loop");
}
