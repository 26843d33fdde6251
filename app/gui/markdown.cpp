// Markdown to blocks of styled runs with md4c (see markdown.h).
#include "app/gui/markdown.h"

#include <md4c.h>

#include <cstdlib>

namespace ls::gui {
namespace {

// One open list: its kind and the number of the next item.
struct ListState {
  bool ordered = false;  // <ol>
  unsigned next = 1;     // next item number (ordered lists)
};

// The builder's state while md4c walks the document.
struct Builder {
  std::vector<Block> blocks;         // the result
  std::vector<ListState> lists;      // open lists, innermost last
  std::uint8_t style = 0;            // current inline style bits
  int quote_depth = 0;               // > 0 inside block quotes
  std::string pending_marker;        // marker of a list item whose first block is not yet open
  bool in_block = false;             // a text block is open (text goes to blocks.back())
  int image_depth = 0;               // inside ![alt](src): keep the alt text only

  Block& open(BlockKind kind) {
    Block b;
    b.kind = kind;
    b.depth = static_cast<int>(lists.size());
    if (kind == BlockKind::Paragraph && !lists.empty()) b.kind = BlockKind::ListItem;
    if (kind == BlockKind::Paragraph && quote_depth > 0) b.kind = BlockKind::Quote;
    b.marker = std::move(pending_marker);
    pending_marker.clear();
    blocks.push_back(std::move(b));
    in_block = true;
    return blocks.back();
  }

  void add_text(std::string_view text, std::uint8_t extra_style = 0) {
    if (!in_block) open(BlockKind::Paragraph);  // tight list items have no paragraph block
    auto& runs = blocks.back().runs;
    std::uint8_t s = style | extra_style;
    if (!runs.empty() && runs.back().style == s && runs.back().text != "\n")
      runs.back().text.append(text);
    else
      runs.push_back({std::string(text), s});
  }
};

std::string decode_entity(std::string_view e) {
  if (e == "&amp;") return "&";
  if (e == "&lt;") return "<";
  if (e == "&gt;") return ">";
  if (e == "&quot;") return "\"";
  if (e == "&apos;") return "'";
  if (e == "&nbsp;") return " ";
  if (e.size() > 3 && e[1] == '#') {
    bool hex = e[2] == 'x' || e[2] == 'X';
    std::string digits(e.substr(hex ? 3 : 2, e.size() - (hex ? 4 : 3)));
    unsigned long cp = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
    std::string out;
    if (cp == 0 || cp > 0x10FFFF) return "\xEF\xBF\xBD";
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
  }
  return std::string(e);
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  switch (type) {
    case MD_BLOCK_UL: b.lists.push_back({false, 1}); break;
    case MD_BLOCK_OL: b.lists.push_back({true, static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start}); break;
    case MD_BLOCK_LI: {
      b.in_block = false;
      if (b.lists.empty()) break;
      ListState& list = b.lists.back();
      b.pending_marker = list.ordered ? std::to_string(list.next++) + "." : "\xE2\x80\xA2";  // •
      break;
    }
    case MD_BLOCK_QUOTE: ++b.quote_depth; break;
    case MD_BLOCK_H: b.open(BlockKind::Heading).level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level); break;
    case MD_BLOCK_CODE: b.open(BlockKind::CodeBlock); break;
    case MD_BLOCK_HR: b.open(BlockKind::Rule); b.in_block = false; break;
    case MD_BLOCK_P: b.open(BlockKind::Paragraph); break;
    case MD_BLOCK_TR:
      if (!b.in_block) b.open(BlockKind::Paragraph);
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (b.in_block && !b.blocks.back().runs.empty()) b.add_text(" | ");
      break;
    default: break;
  }
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      if (!b.lists.empty()) b.lists.pop_back();
      b.in_block = false;
      break;
    case MD_BLOCK_QUOTE: --b.quote_depth; break;
    case MD_BLOCK_LI:
    case MD_BLOCK_H:
    case MD_BLOCK_CODE:
    case MD_BLOCK_P:
    case MD_BLOCK_TR: b.in_block = false; break;
    default: break;
  }
  return 0;
}

int enter_span(MD_SPANTYPE type, void*, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  switch (type) {
    case MD_SPAN_STRONG: b.style |= kStyleBold; break;
    case MD_SPAN_EM: b.style |= kStyleItalic; break;
    case MD_SPAN_CODE: b.style |= kStyleCode; break;
    case MD_SPAN_A: b.style |= kStyleLink; break;
    case MD_SPAN_IMG: ++b.image_depth; break;
    default: break;
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  switch (type) {
    case MD_SPAN_STRONG: b.style &= ~kStyleBold; break;
    case MD_SPAN_EM: b.style &= ~kStyleItalic; break;
    case MD_SPAN_CODE: b.style &= ~kStyleCode; break;
    case MD_SPAN_A: b.style &= ~kStyleLink; break;
    case MD_SPAN_IMG: --b.image_depth; break;
    default: break;
  }
  return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
  auto& b = *static_cast<Builder*>(userdata);
  std::string_view t(data, size);
  switch (type) {
    case MD_TEXT_SOFTBR: b.add_text(" "); break;
    case MD_TEXT_BR:
      if (!b.in_block) b.open(BlockKind::Paragraph);
      b.blocks.back().runs.push_back({"\n", 0});
      break;
    case MD_TEXT_ENTITY: b.add_text(decode_entity(t)); break;
    case MD_TEXT_NULLCHAR: b.add_text("\xEF\xBF\xBD"); break;
    default: b.add_text(t); break;
  }
  return 0;
}

}  // namespace

std::vector<Block> parse_markdown(std::string_view markdown) {
  Builder builder;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &builder);
  // Code blocks end with the newline of their last line; drop it so the block has no blank tail.
  for (auto& block : builder.blocks)
    if (block.kind == BlockKind::CodeBlock && !block.runs.empty() && !block.runs.back().text.empty() &&
        block.runs.back().text.back() == '\n')
      block.runs.back().text.pop_back();
  return std::move(builder.blocks);
}

std::string plain_text(const Block& block) {
  std::string out;
  for (auto& r : block.runs) out += r.text;
  return out;
}

}  // namespace ls::gui
