// Dark and light themes (see theme.h).
#include "app/gui/theme.h"

namespace ls::gui {
namespace {

constexpr ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

Theme make_dark() {
  Theme t{};
  t.dark = true;
  t.text = rgb(222, 226, 232);
  t.muted = rgb(140, 148, 160);
  t.code_bg = rgb(24, 26, 31);
  t.gutter_bg = rgb(30, 33, 39);
  t.line_number = rgb(100, 108, 120);
  t.line_number_hot = rgb(235, 200, 90);
  t.current_line_bg = rgb(235, 200, 90, 38);
  t.current_line_edge = rgb(235, 200, 90);
  t.error = rgb(255, 95, 95);
  t.error_bg = rgb(255, 70, 70, 40);
  t.code_span_bg = rgb(255, 255, 255, 22);
  t.bold = rgb(255, 255, 255);
  t.italic = rgb(180, 205, 255);
  t.link = rgb(110, 170, 255);
  t.heading = rgb(245, 210, 120);
  t.narration = rgb(150, 230, 170);
  t.narration_bg = rgb(80, 200, 120, 30);
  t.frame = rgb(80, 86, 98);
  t.frame_fill = rgb(255, 255, 255, 8);
  t.accent = rgb(235, 200, 90);
  auto s = [&](SyntaxClass c, ImU32 col) { t.syntax[static_cast<int>(c)] = col; };
  s(SyntaxClass::Plain, rgb(214, 218, 226));
  s(SyntaxClass::Keyword, rgb(198, 146, 234));
  s(SyntaxClass::Constant, rgb(240, 140, 100));
  s(SyntaxClass::Builtin, rgb(100, 200, 220));
  s(SyntaxClass::Definition, rgb(100, 170, 255));
  s(SyntaxClass::String, rgb(165, 214, 120));
  s(SyntaxClass::FStringBrace, rgb(240, 180, 80));
  s(SyntaxClass::Docstring, rgb(120, 160, 110));
  s(SyntaxClass::Number, rgb(240, 140, 100));
  s(SyntaxClass::Comment, rgb(120, 128, 140));
  s(SyntaxClass::Narration, rgb(110, 225, 160));
  s(SyntaxClass::Decorator, rgb(230, 200, 110));
  s(SyntaxClass::Error, rgb(255, 95, 95));
  return t;
}

Theme make_light() {
  Theme t{};
  t.dark = false;
  t.text = rgb(30, 34, 40);
  t.muted = rgb(110, 116, 126);
  t.code_bg = rgb(252, 252, 250);
  t.gutter_bg = rgb(238, 239, 242);
  t.line_number = rgb(150, 154, 162);
  t.line_number_hot = rgb(170, 110, 0);
  t.current_line_bg = rgb(255, 200, 40, 60);
  t.current_line_edge = rgb(210, 140, 0);
  t.error = rgb(200, 30, 30);
  t.error_bg = rgb(230, 40, 40, 30);
  t.code_span_bg = rgb(0, 0, 0, 18);
  t.bold = rgb(0, 0, 0);
  t.italic = rgb(40, 80, 160);
  t.link = rgb(20, 90, 200);
  t.heading = rgb(150, 80, 0);
  t.narration = rgb(20, 110, 50);
  t.narration_bg = rgb(40, 170, 80, 30);
  t.frame = rgb(180, 184, 192);
  t.frame_fill = rgb(0, 0, 0, 8);
  t.accent = rgb(210, 140, 0);
  auto s = [&](SyntaxClass c, ImU32 col) { t.syntax[static_cast<int>(c)] = col; };
  s(SyntaxClass::Plain, rgb(36, 41, 47));
  s(SyntaxClass::Keyword, rgb(140, 40, 190));
  s(SyntaxClass::Constant, rgb(190, 80, 20));
  s(SyntaxClass::Builtin, rgb(0, 120, 140));
  s(SyntaxClass::Definition, rgb(20, 90, 200));
  s(SyntaxClass::String, rgb(30, 120, 40));
  s(SyntaxClass::FStringBrace, rgb(190, 110, 0));
  s(SyntaxClass::Docstring, rgb(90, 120, 90));
  s(SyntaxClass::Number, rgb(190, 80, 20));
  s(SyntaxClass::Comment, rgb(120, 124, 132));
  s(SyntaxClass::Narration, rgb(10, 130, 70));
  s(SyntaxClass::Decorator, rgb(150, 110, 0));
  s(SyntaxClass::Error, rgb(200, 30, 30));
  return t;
}

}  // namespace

const Theme& theme_for(bool dark) {
  static const Theme kDark = make_dark();
  static const Theme kLight = make_light();
  return dark ? kDark : kLight;
}

void apply_imgui_style(bool dark, float font_size) {
  ImGuiStyle style;
  if (dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.105f, 0.115f, 0.135f, 1.0f);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.14f, 0.16f, 0.19f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.17f, 0.20f, 0.25f, 1.0f);
    style.Colors[ImGuiCol_Border] = ImVec4(0.25f, 0.27f, 0.31f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.965f, 0.97f, 1.0f);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.88f, 0.89f, 0.91f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.82f, 0.85f, 0.90f, 1.0f);
    style.Colors[ImGuiCol_TitleBgCollapsed] = style.Colors[ImGuiCol_TitleBg];
  }
  // Spacing grows with the font so a projected, enlarged window keeps its proportions.
  float k = font_size / 16.0f;
  style.WindowPadding = ImVec2(8 * k, 6 * k);
  style.FramePadding = ImVec2(6 * k, 3 * k);
  style.ItemSpacing = ImVec2(8 * k, 4 * k);
  style.ItemInnerSpacing = ImVec2(5 * k, 4 * k);
  style.WindowRounding = 3;
  style.FrameRounding = 3;
  style.GrabRounding = 3;
  style.ScrollbarSize = 12 * k;
  style.WindowBorderSize = 1;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  ImGui::GetStyle() = style;
}

ImU32 to_imu32(Colour c, float alpha) {
  return IM_COL32(c.r, c.g, c.b, static_cast<int>(c.a * alpha));
}

}  // namespace ls::gui
