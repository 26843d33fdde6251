// The toolbar: play/pause and the step buttons (the same commands as the keys), speed, the scrubber, theme and font size.
#include <algorithm>
#include <cstdio>

#include "app/gui/ui.h"

namespace ls::gui {
namespace {

// A toolbar button that sends "command" and names its key in the tooltip.
void command_button(Ui& ui, const char* text, PlayerCommand command, const char* key) {
  if (ImGui::Button(text)) ui.session.command(command);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s (%s)", label(command), key);
  ImGui::SameLine();
}

}  // namespace

void draw_toolbar(Ui& ui, const Rect& r) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                      ImVec2(ImGui::GetFontSize() * 0.6f, (r.h - ImGui::GetFrameHeight()) * 0.5f));
  bool open = begin_panel("##toolbar", r, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar(2);
  if (!open) {
    ImGui::End();
    return;
  }
  Player& player = ui.session.player();
  const float fh = ImGui::GetFrameHeight();
  // The app's name, vertically centred on the buttons.
  ImGui::PushFont(ui.fonts.heading);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fh - ImGui::GetTextLineHeight()) * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.accent));
  ImGui::TextUnformatted("loopscope");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.2f);
  ImGui::SetCursorPosY((r.h - fh) * 0.5f);
  if (ImGui::Button("Lessons")) ui.requests.browser_open = !ui.requests.browser_open;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Every lesson of the curriculum, by chapter (Ctrl+O)");
  ImGui::SameLine();
  const bool editing = ui.session.editing();
  if (editing) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(ui.session.has_unsaved_edits() ? "Edit*" : "Edit")) ui.requests.toggle_edit = true;
  if (editing) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Edit the lesson: Ctrl+Enter runs your edits, Ctrl+S saves them (Ctrl+E)");
  ImGui::SameLine(0, ImGui::GetFontSize() * 0.8f);

  // Full labels when the window has room for them next to a usable scrubber; symbols otherwise
  // (large fonts on a projector, small windows).
  const bool compact = ImGui::GetFontSize() * 83 > r.w;
  command_button(ui, compact ? "\xE2\x97\x80\xE2\x97\x80" : "\xE2\x97\x80\xE2\x97\x80 Start", PlayerCommand::GoStart, "Home");
  command_button(ui, compact ? "\xE2\x97\x80" : "\xE2\x97\x80 Back", PlayerCommand::StepBack, "Shift+F10 or Left");
  command_button(ui, player.playing() ? "Pause" : (compact ? "\xE2\x96\xB6" : "\xE2\x96\xB6 Play"), PlayerCommand::PlayPause,
                 "F5 or Space");
  command_button(ui, compact ? "Step" : "Loop step", PlayerCommand::StepLoop, "F10");
  command_button(ui, "Line", PlayerCommand::StepLine, "F11");
  command_button(ui, compact ? "Out" : "Until suspended", PlayerCommand::StepOut, "Shift+F11");
  command_button(ui, compact ? "Clock" : "Next clock", PlayerCommand::NextClock, "");
  command_button(ui, compact ? "\xE2\x96\xB6\xE2\x96\xB6" : "End \xE2\x96\xB6\xE2\x96\xB6", PlayerCommand::GoEnd, "End");

  // Speed and scrubber share what is left, before the theme/font buttons on the right.
  // Predict mode: before each loop step with a choice, the learner picks who runs next.
  if (TracePlayer* tp = ui.session.trace()) {
    bool predict = tp->predict_mode();
    if (ImGui::Checkbox(compact ? "?" : "Predict", &predict)) tp->set_predict_mode(predict);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Predict mode: before each loop step, pick which task runs next (score %d/%d)",
                        tp->prediction().right, tp->prediction().asked);
    ImGui::SameLine();
  }
  const float right_w = ImGui::CalcTextSize("Light themeA-A+").x + ImGui::GetStyle().FramePadding.x * 6 +
                        ImGui::GetStyle().ItemSpacing.x * 3;
  const float left_x = ImGui::GetCursorPosX();
  const float room = std::max(120.0f, ImGui::GetWindowContentRegionMax().x - left_x - right_w);
  float speed = static_cast<float>(player.speed());
  // Wide enough for its label; the scrubber takes the rest.
  const float speed_w = ImGui::CalcTextSize("64.0 steps/s").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(std::min(room * 0.45f, speed_w));
  if (ImGui::SliderFloat("##speed", &speed, 0.5f, 64.0f, "%.1f steps/s", ImGuiSliderFlags_Logarithmic))
    player.set_speed(speed);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed: loop steps per second");
  ImGui::SameLine();
  const std::int64_t count = player.event_count();
  int position = static_cast<int>(player.cursor().event_index);
  ImGui::SetNextItemWidth(std::max(60.0f, ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX() - right_w));
  ImGui::BeginDisabled(count == 0);
  if (ImGui::SliderInt("##scrub", &position, 0, static_cast<int>(std::max<std::int64_t>(0, count - 1)),
                       count == 0 ? "no recording yet" : "event %d"))
    player.seek(position);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(ui.settings.dark ? "Light theme" : "Dark theme")) ui.requests.toggle_theme = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Switch between the dark and the light theme (Ctrl+T)");
  ImGui::SameLine();
  if (ImGui::Button("A-")) ui.requests.font_step = -1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text (Ctrl+-)");
  ImGui::SameLine();
  if (ImGui::Button("A+")) ui.requests.font_step = +1;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text (Ctrl++)");
  ImGui::End();
}

}  // namespace ls::gui
