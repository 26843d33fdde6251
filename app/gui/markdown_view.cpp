// Draws parsed Markdown blocks in ImGui (see markdown_view.h).
#include "app/gui/markdown_view.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace ls::gui {
namespace {

// A text flow: where the next word goes, wrapping at "right".
struct Flow {
  ImDrawList* dl;
  float left;     // where wrapped lines start
  float right;    // the wrap edge
  float x;        // the pen
  float y;        // top of the current line
  float line_h;   // height of one line
};

ImFont* font_for(const Ui& ui, std::uint8_t style) {
  if (style & kStyleCode) return ui.fonts.mono;
  if (style & kStyleBold) return ui.fonts.bold;
  if (style & kStyleItalic) return ui.fonts.italic;
  return ui.fonts.ui;
}

ImU32 colour_for(const Ui& ui, std::uint8_t style, ImU32 normal) {
  if (style & kStyleLink) return ui.theme.link;
  if (style & kStyleBold) return ui.theme.bold;
  if (style & kStyleItalic) return ui.theme.italic;
  if (style & kStyleCode) return ui.theme.of(SyntaxClass::Plain);
  return normal;
}

// Lays out one run word by word. Spaces stay attached to the word before them so a line
// never starts with a space.
void flow_run(const Ui& ui, Flow& f, const Run& run, ImFont* font_override, ImU32 normal) {
  if (run.text == "\n") {
    f.x = f.left;
    f.y += f.line_h;
    return;
  }
  ImFont* font = font_override ? font_override : font_for(ui, run.style);
  const float size = font_override ? font_override->FontSize : ImGui::GetFontSize();
  const ImU32 colour = colour_for(ui, run.style, normal);
  std::string_view text = run.text;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = text.find(' ', i);
    end = end == std::string_view::npos ? text.size() : end + 1;
    const char* b = text.data() + i;
    const char* e = text.data() + end;
    float w = font->CalcTextSizeA(size, 1e9f, 0, b, e).x;
    float w_no_space = (e > b && e[-1] == ' ') ? font->CalcTextSizeA(size, 1e9f, 0, b, e - 1).x : w;
    if (f.x > f.left && f.x + w_no_space > f.right) {
      f.x = f.left;
      f.y += f.line_h;
      if (*b == ' ') {  // never start a line with the space
        i = end;
        continue;
      }
    }
    if (run.style & kStyleCode)
      f.dl->AddRectFilled(ImVec2(f.x - 1, f.y), ImVec2(f.x + w_no_space + 1, f.y + f.line_h - 1), ui.theme.code_span_bg, 3);
    f.dl->AddText(font, size, ImVec2(f.x, f.y + (f.line_h - size) * 0.5f), colour, b, e);
    if (run.style & kStyleLink)
      f.dl->AddLine(ImVec2(f.x, f.y + f.line_h - 2), ImVec2(f.x + w_no_space, f.y + f.line_h - 2), colour);
    f.x += w;
    i = end;
  }
}

}  // namespace

void draw_markdown(const Ui& ui, const std::vector<Block>& blocks, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float fs = ImGui::GetFontSize();
  const float line_h = std::round(fs * 1.4f);
  const float gap = std::round(fs * 0.55f);
  const float indent = fs * 1.4f;
  float y = origin.y;
  bool first = true;
  for (const Block& block : blocks) {
    if (!first) y += (block.kind == BlockKind::ListItem && block.depth > 0) ? gap * 0.35f : gap;
    first = false;
    switch (block.kind) {
      case BlockKind::Rule: {
        float my = y + line_h * 0.5f;
        dl->AddLine(ImVec2(origin.x, my), ImVec2(origin.x + width, my), ui.theme.frame);
        y += line_h;
        break;
      }
      case BlockKind::CodeBlock: {
        ImFont* mono = ui.fonts.mono;
        std::string text = plain_text(block);
        int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
        float h = static_cast<float>(lines) * line_h + gap;
        dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + width, y + h), ui.theme.code_span_bg, 4);
        float ly = y + gap * 0.5f;
        std::size_t start = 0;
        while (start <= text.size()) {
          std::size_t end = text.find('\n', start);
          if (end == std::string::npos) end = text.size();
          dl->PushClipRect(ImVec2(origin.x, y), ImVec2(origin.x + width, y + h), true);
          dl->AddText(mono, fs, ImVec2(origin.x + fs * 0.6f, ly + (line_h - fs) * 0.5f), ui.theme.of(SyntaxClass::Plain),
                      text.data() + start, text.data() + end);
          dl->PopClipRect();
          ly += line_h;
          start = end + 1;
        }
        y += h;
        break;
      }
      case BlockKind::Heading: {
        ImFont* font = block.level <= 2 ? ui.fonts.heading : ui.fonts.bold;
        float h = std::round(font->FontSize * 1.35f);
        Flow f{dl, origin.x, origin.x + width, origin.x, y, h};
        for (const Run& run : block.runs) flow_run(ui, f, run, font, ui.theme.heading);
        y = f.y + h;
        break;
      }
      case BlockKind::Paragraph:
      case BlockKind::ListItem:
      case BlockKind::Quote: {
        float left = origin.x + indent * static_cast<float>(block.depth);
        if (block.kind == BlockKind::Quote) {
          left += indent * 0.6f;
        }
        if (!block.marker.empty()) {
          float mw = ImGui::CalcTextSize(block.marker.c_str()).x;
          dl->AddText(ImVec2(left - mw - fs * 0.4f, y + (line_h - fs) * 0.5f), ui.theme.muted, block.marker.c_str());
        }
        Flow f{dl, left, origin.x + width, left, y, line_h};
        for (const Run& run : block.runs) flow_run(ui, f, run, nullptr, ui.theme.text);
        float bottom = f.y + line_h;
        if (block.kind == BlockKind::Quote)
          dl->AddRectFilled(ImVec2(left - indent * 0.5f, y), ImVec2(left - indent * 0.5f + 3, bottom), ui.theme.frame);
        y = bottom;
        break;
      }
    }
  }
  ImGui::Dummy(ImVec2(width, std::max(0.0f, y - origin.y)));
}

}  // namespace ls::gui
