// The app's fonts (see fonts.h).
#include "app/gui/fonts.h"

#include <filesystem>
#include <string>

namespace ls::gui {
namespace {

constexpr const char* kFontDir = "/usr/share/fonts/truetype/dejavu/";

// Latin-1, general punctuation (— … •), arrows (→), box drawing and geometric shapes (▶ ●).
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF,
                                0x2500, 0x25FF, 0x2700, 0x27BF, 0};
// Styled prose needs fewer glyphs; a smaller atlas keeps the first frame fast.
const ImWchar kProseRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF, 0};

ImFont* add(const char* file, float size, const ImWchar* ranges = kGlyphRanges) {
  std::string path = std::string(kFontDir) + file;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return nullptr;
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  return ImGui::GetIO().Fonts->AddFontFromFileTTF(path.c_str(), size, &config, ranges);
}

}  // namespace

Fonts load_fonts(float size) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  Fonts f;
  f.ui = add("DejaVuSans.ttf", size);
  if (f.ui) {
    f.dejavu = true;
    f.bold = add("DejaVuSans-Bold.ttf", size, kProseRanges);
    f.italic = add("DejaVuSans-Oblique.ttf", size, kProseRanges);
    f.heading = add("DejaVuSans-Bold.ttf", size * 1.25f, kProseRanges);
    f.mono = add("DejaVuSansMono.ttf", size);
    f.code = add("DejaVuSansMono.ttf", size - 1);
  } else {
    ImFontConfig config;
    config.SizePixels = size;
    f.ui = atlas->AddFontDefault(&config);
  }
  if (!f.bold) f.bold = f.ui;
  if (!f.italic) f.italic = f.ui;
  if (!f.heading) f.heading = f.bold;
  if (!f.mono) f.mono = f.ui;
  if (!f.code) f.code = f.mono;
  atlas->Build();
  return f;
}

}  // namespace ls::gui
