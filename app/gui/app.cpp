// The desktop app: GLFW window, OpenGL via glad, Dear ImGui frame loop, settings, file watching, scripted runs.
//
// Index: startup checks · window creation · key queue · frame loop · exit (screenshot, dump, settings)
#include "app/gui/app.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <vector>

#include "app/gui/file_watcher.h"
#include "app/gui/fonts.h"
#include "app/gui/frame_stats.h"
#include "app/gui/input_queue.h"
#include "app/gui/layout.h"
#include "app/gui/lesson_catalog.h"
#include "app/gui/screenshot.h"
#include "app/gui/session.h"
#include "app/gui/settings.h"
#include "app/gui/shortcuts.h"
#include "app/gui/state_dump.h"
#include "app/gui/theme.h"
#include "app/gui/trace_player.h"
#include "app/gui/ui.h"

namespace ls::gui {
namespace {


// ---- keyboard ------------------------------------------------------------------------------
// GLFW's key and character events wait in an InputQueue and reach ImGui a few per frame, so no
// key is lost between two frames (ImGui 1.86 only sees which keys are down when a frame starts).
InputQueue g_input;
// Key presses ImGui saw this frame, for the app's own shortcuts.
struct KeyPress {
  int key;   // GLFW key code
  int mods;  // GLFW_MOD_* bits
};
std::vector<KeyPress> g_key_queue;
// While the editor is open, Escape means "back to stepping": ImGui must not see it, because its
// text field would throw away every edit made since the field was last activated.
bool g_editor_open = false;

void key_callback(GLFWwindow*, int key, int scancode, int action, int mods) {
  g_input.push_key(key, scancode, action, mods);
}

void char_callback(GLFWwindow*, unsigned int codepoint) { g_input.push_char(codepoint); }

// Hands this frame's share of the queued keyboard events to ImGui (before ImGui::NewFrame).
void deliver_input(GLFWwindow* window) {
  for (const InputEvent& e : g_input.take_frame()) {
    if (e.kind == InputEvent::Kind::Char) {
      ImGui_ImplGlfw_CharCallback(window, e.codepoint);
      continue;
    }
    if (!(g_editor_open && e.key == GLFW_KEY_ESCAPE)) ImGui_ImplGlfw_KeyCallback(window, e.key, e.scancode, e.action, e.mods);
    if (e.action == GLFW_PRESS || e.action == GLFW_REPEAT) g_key_queue.push_back({e.key, e.mods});
  }
}

void glfw_error(int code, const char* description) {
  // Reported once by run_app when it matters; keep the last one.
  static_cast<void>(code);
  static_cast<void>(description);
}

bool has_display() {
  const char* x = std::getenv("DISPLAY");
  const char* w = std::getenv("WAYLAND_DISPLAY");
  return (x && *x) || (w && *w);
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int run_app(const AppOptions& options) {
  // ---- startup checks ----------------------------------------------------------------------
  const std::string config = settings_path();
  Settings settings = load_settings(config);
  if (settings.font_size <= 0) settings.font_size = kDefaultFontSize;
  std::string file = options.file;
  std::error_code ec;
  // Without a FILE: the lesson open when the app last closed, else the curriculum's first.
  if (file.empty() && !settings.last_lesson.empty() && std::filesystem::is_regular_file(settings.last_lesson, ec))
    file = settings.last_lesson;
  if (file.empty()) file = options.default_file;
  if (file.empty()) {
    std::cerr << "loopscope: no lesson found; pass a FILE.py\n";
    return 2;
  }
  if (!std::filesystem::is_regular_file(file, ec)) {
    std::cerr << "loopscope: cannot open " << file << ": no such file\n";
    return 2;
  }
  const char* no_window = "loopscope: cannot open a window: no display (set DISPLAY or use `loopscope run FILE.py` in a terminal)\n";
  if (!has_display()) {
    std::cerr << no_window;
    return 2;
  }
  glfwSetErrorCallback(glfw_error);
  if (!glfwInit()) {
    std::cerr << no_window;
    return 2;
  }

  // ---- window creation ---------------------------------------------------------------------
  const bool scripted = options.frames > 0 || options.bench_frames > 0;
  int width = options.width > 0 ? options.width : settings.window_width;
  int height = options.height > 0 ? options.height : settings.window_height;
  // First start: a font that suits the window (15 px at 800 lines, larger on big screens).
  if (!settings.font_size_remembered)
    settings.font_size = std::clamp(std::round(static_cast<float>(height) / 53.0f), kDefaultFontSize, 28.0f);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  if (scripted) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(width, height, "loopscope", nullptr, nullptr);
  if (!window) {
    std::cerr << "loopscope: cannot open a window: the display has no OpenGL 3.3 support\n";
    glfwTerminate();
    return 2;
  }
  glfwMakeContextCurrent(window);
  if (!gladLoadGL(glfwGetProcAddress)) {
    std::cerr << "loopscope: cannot load OpenGL functions\n";
    glfwDestroyWindow(window);
    glfwTerminate();
    return 2;
  }
  glfwSwapInterval(scripted ? 0 : 1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember per window
  io.LogFilename = nullptr;
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  glfwSetKeyCallback(window, key_callback);
  glfwSetCharCallback(window, char_callback);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  Fonts fonts = load_fonts(settings.font_size);
  apply_imgui_style(settings.dark, settings.font_size);

  Session session;
  session.open(file);
  // Scripted runs (tests, screenshots) show the recorded run, so they wait for its first events;
  // benchmarks and interactive runs show "recording..." meanwhile.
  if ((options.frames > 0 || options.goto_step >= 0) && options.bench_frames == 0) session.wait_for_recording();
  if (options.goto_step >= 0) {
    session.goto_when_ready(options.goto_step);
    session.sync();
  }
  if (options.line > 0) session.set_current_line(options.line);
  FileWatcher watcher;
  auto retitle = [&] { glfwSetWindowTitle(window, ("loopscope \xE2\x80\x94 " + session.title()).c_str()); };
  // A lesson was opened: watch it, remember it, name it in the title bar.
  auto opened = [&] {
    watcher.watch(file);
    settings.last_lesson = std::filesystem::absolute(file, ec).lexically_normal().string();
    retitle();
  };
  opened();
  const LessonCatalog catalog = LessonCatalog::scan(options.lessons_dir);
  UiRequests requests;
  // Started without a FILE: the lesson browser is open over the lesson it loaded.
  requests.browser_open = options.file.empty() && !catalog.empty();

  // ---- frame loop --------------------------------------------------------------------------
  const long frame_limit = options.bench_frames > 0 ? options.bench_frames : options.frames;
  long frames = 0;
  std::vector<double> frame_ms, build_ms;
  double first_frame_ms = 0;
  bool screenshot_ok = true;
  std::string screenshot_error;
  bool take_screenshot = false;  // F12
  auto last = std::chrono::steady_clock::now();
  const auto origin = last;
  // Leaving the lesson (quit, another lesson, a reload from disk) asks first when there are
  // unsaved edits; scripted runs never ask.
  auto leave_now = [&](PendingLeave why, const std::string& path) {
    switch (why) {
      case PendingLeave::Quit: requests.quit = true; break;
      case PendingLeave::Open:
        file = path;
        session.open(file);
        opened();
        break;
      case PendingLeave::DiskChanged:
        session.discard_edits();
        session.set_status("Reloaded " + std::filesystem::path(file).filename().string() + " (it changed on disk).");
        retitle();
        break;
      case PendingLeave::None: break;
    }
  };
  auto leave = [&](PendingLeave why, const std::string& path) {
    if (session.has_unsaved_edits() && !scripted) {
      requests.pending = why;
      requests.pending_path = path;
      return;
    }
    leave_now(why, path);
  };
  auto save = [&]() {
    std::string error;
    if (!session.save_edits(error)) {
      session.set_status("Not saved: " + error + " (your edits are still here).");
      return false;
    }
    watcher.watch(file);  // our own write is not a change from outside
    return true;
  };
  while (!requests.quit) {
    if (glfwWindowShouldClose(window)) {
      glfwSetWindowShouldClose(window, GLFW_FALSE);
      leave(PendingLeave::Quit, {});
      if (requests.quit) break;
    }
    const auto frame_start = std::chrono::steady_clock::now();
    if (scripted || !g_input.empty() || session.player().playing() ||
        (!session.trace() && dynamic_cast<TracePlayer*>(&session.player())))
      glfwPollEvents();
    else
      glfwWaitEventsTimeout(0.25);  // idle: wake for input, and to poll the file watcher
    // Font size changes rebuild the atlas between frames.
    if (requests.font_step != 0) {
      float size = requests.font_step > 0 ? settings.font_size + 2 : settings.font_size - 2;
      if (requests.font_step == 100) size = kDefaultFontSize;
      settings.font_size = std::clamp(size, kMinFontSize, kMaxFontSize);
      requests.font_step = 0;
      fonts = load_fonts(settings.font_size);
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
      apply_imgui_style(settings.dark, settings.font_size);
    }
    if (requests.toggle_theme) {
      settings.dark = !settings.dark;
      requests.toggle_theme = false;
      apply_imgui_style(settings.dark, settings.font_size);
    }
    // A lesson picked in the browser (or Ctrl+Page Down/Up) opens between frames.
    if (!requests.open_lesson.empty()) {
      std::string to = std::move(requests.open_lesson);
      requests.open_lesson.clear();
      leave(PendingLeave::Open, to);
    }
    // The answer to the unsaved-edits prompt.
    if (requests.choice != PromptChoice::None) {
      const PromptChoice choice = requests.choice;
      const PendingLeave why = requests.pending;
      requests.choice = PromptChoice::None;
      requests.pending = PendingLeave::None;
      if (choice == PromptChoice::Save && save()) leave_now(why, requests.pending_path);
      if (choice == PromptChoice::Discard) leave_now(why, requests.pending_path);
    }
    if (requests.toggle_edit) {
      requests.toggle_edit = false;
      if (session.editing()) {
        session.end_edit();
      } else {
        session.begin_edit();
        requests.focus_editor = true;
      }
    }
    // A change on disk reloads the lesson (asking first when that would drop edits).
    if (watcher.poll(seconds_since(origin))) leave(PendingLeave::DiskChanged, {});
    auto now = std::chrono::steady_clock::now();
    session.sync();
    session.player().tick(std::chrono::duration<double>(now - last).count());
    session.sync();
    last = now;

    const auto build_start = std::chrono::steady_clock::now();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    deliver_input(window);
    ImGui::NewFrame();
    // Shortcuts from the key queue (while a text field has the keyboard, only the editor's).
    for (const KeyPress& k : g_key_queue) {
      // The unsaved-edits prompt answers to keys too: Ctrl+S save, Ctrl+D discard, Esc cancel.
      if (requests.pending != PendingLeave::None) {
        const bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0;
        if (ctrl && k.key == GLFW_KEY_S && requests.pending != PendingLeave::DiskChanged) requests.choice = PromptChoice::Save;
        else if (ctrl && k.key == GLFW_KEY_D) requests.choice = PromptChoice::Discard;
        else if (k.key == GLFW_KEY_ESCAPE) requests.choice = PromptChoice::Cancel;
        else if (k.key == GLFW_KEY_F12) take_screenshot = true;
        continue;
      }
      if (k.key == GLFW_KEY_ESCAPE && session.editing()) {
        session.end_edit();
        continue;
      }
      Shortcut s = shortcut_for(k.key, (k.mods & GLFW_MOD_CONTROL) != 0, (k.mods & GLFW_MOD_SHIFT) != 0);
      if (io.WantTextInput && !works_while_typing(s.action)) continue;
      switch (s.action) {
        case AppAction::Player: session.command(s.command); break;
        case AppAction::FontBigger: requests.font_step = +1; break;
        case AppAction::FontSmaller: requests.font_step = -1; break;
        case AppAction::FontReset: requests.font_step = 100; break;
        case AppAction::ToggleTheme: requests.toggle_theme = true; break;
        case AppAction::Quit: leave(PendingLeave::Quit, {}); break;
        case AppAction::ToggleEdit: requests.toggle_edit = true; break;
        case AppAction::Screenshot: take_screenshot = true; break;
        case AppAction::SaveEdits:
          if (session.editing() || session.has_unsaved_edits()) save();
          requests.focus_editor = true;
          break;
        case AppAction::RunEdits:
          if (session.editing() || session.has_unsaved_edits()) session.run_edits();
          requests.focus_editor = true;
          break;
        case AppAction::Lessons: requests.browser_open = !requests.browser_open; break;
        case AppAction::NextLesson:
        case AppAction::PrevLesson: {
          const CatalogLesson* to = s.action == AppAction::NextLesson ? catalog.next(session.path()) : catalog.previous(session.path());
          if (to) requests.open_lesson = to->path;
          else session.set_status(s.action == AppAction::NextLesson ? "This is the last lesson." : "This is the first lesson.");
          break;
        }
        case AppAction::None: break;
      }
    }
    g_key_queue.clear();
    g_editor_open = session.editing();
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    LayoutInput in;
    in.width = io.DisplaySize.x;
    in.height = io.DisplaySize.y;
    in.line_height = ImGui::GetTextLineHeight();
    in.has_errors = !session.errors().empty();
    Layout layout = compute_layout(in);
    Ui ui{session, settings, theme_for(settings.dark), fonts, requests, &catalog};
    draw_all_panels(ui, layout);
    if (TracePlayer* tp = session.trace()) tp->end_frame();
    session.sync();
    ImGui::Render();
    build_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - build_start).count());

    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x * 0.8f, bg.y * 0.8f, bg.z * 0.8f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++frames;
    const bool last_frame = frame_limit > 0 && frames >= frame_limit;
    if (last_frame && !options.screenshot.empty())
      screenshot_ok = save_screenshot(options.screenshot, fb_w, fb_h, screenshot_error);
    if (take_screenshot) {
      take_screenshot = false;
      std::string name;
      for (int n = 1; n < 10000; ++n) {
        name = "loopscope-screenshot-" + std::to_string(n) + ".png";
        if (!std::filesystem::exists(name, ec)) break;
      }
      std::string error;
      if (save_screenshot(name, fb_w, fb_h, error))
        session.set_status("Saved the window as " + std::filesystem::absolute(name, ec).string() + ".");
      else
        session.set_status("Screenshot not saved: " + error);
    }
    glfwSwapBuffers(window);
    if (frames == 1) {
      glFinish();
      first_frame_ms = seconds_since(options.start) * 1000.0;
    }
    frame_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count());
    if (last_frame) break;
  }

  // ---- exit: screenshot, dump, settings ----------------------------------------------------
  int code = 0;
  if (!screenshot_ok) {
    std::cerr << "loopscope: " << screenshot_error << "\n";
    code = 1;
  }
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(window, &fb_w, &fb_h);
  if (!options.dump_state.empty()) {
    std::string error;
    if (!write_file_atomically(options.dump_state, state_json(session, settings, {fb_w, fb_h, frames}), error)) {
      std::cerr << "loopscope: " << error << "\n";
      code = 1;
    }
  }
  if (options.bench_frames > 0) std::cout << bench_report(frame_ms, build_ms, first_frame_ms);
  // Scripted runs (tests, benchmarks) leave the learner's settings alone.
  if (!scripted) {
    int win_w = 0, win_h = 0;
    glfwGetWindowSize(window, &win_w, &win_h);
    if (win_w > 0 && win_h > 0) {
      settings.window_width = win_w;
      settings.window_height = win_h;
    }
    std::string error;
    if (!config.empty() && !save_settings(settings, config, error))
      std::cerr << "loopscope: settings not saved: " << error << "\n";
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return code;
}

}  // namespace ls::gui
