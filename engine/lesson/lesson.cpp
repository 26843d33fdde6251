// A lesson file's teaching parts: docstring title/metadata/explanation and `#:` narration.
#include "engine/lesson/lesson.h"

#include <algorithm>
#include <set>

#include "engine/lang/lexer.h"
#include "engine/lang/parser.h"

namespace ls::lesson {
namespace {

using lang::ast::Stmt;
using lang::ast::StmtKind;
using lang::ast::StmtList;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool is_known_key(std::string_view key) {
  return std::any_of(std::begin(kMetadataKeys), std::end(kMetadataKeys),
                     [&](const char* k) { return key == k; });
}

// Collects the lines a learner can stop on: the first line of every statement, and every line
// of a simple statement written over several lines. `else:`, `except:`, `finally:` and
// decorator lines are not in the set, because nothing runs there.
void collect_executable(const StmtList& body, std::set<int>& lines);

void collect_block(const Stmt& s, std::set<int>& lines) {
  using namespace lang::ast;
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: collect_executable(s.as<FunctionDef>().body, lines); break;
    case StmtKind::ClassDef: collect_executable(s.as<ClassDef>().body, lines); break;
    case StmtKind::For:
    case StmtKind::AsyncFor:
      collect_executable(s.as<For>().body, lines);
      collect_executable(s.as<For>().orelse, lines);
      break;
    case StmtKind::While:
      collect_executable(s.as<While>().body, lines);
      collect_executable(s.as<While>().orelse, lines);
      break;
    case StmtKind::If:
      collect_executable(s.as<If>().body, lines);
      collect_executable(s.as<If>().orelse, lines);
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith: collect_executable(s.as<With>().body, lines); break;
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto& t = s.as<Try>();
      collect_executable(t.body, lines);
      for (auto& h : t.handlers) collect_executable(h.body, lines);
      collect_executable(t.orelse, lines);
      collect_executable(t.finalbody, lines);
      break;
    }
    default:
      for (int l = s.loc.line; l <= s.loc.end_line; ++l) lines.insert(l);
      return;
  }
  lines.insert(s.loc.line);
}

void collect_executable(const StmtList& body, std::set<int>& lines) {
  for (auto& s : body) collect_block(*s, lines);
}

// Splits the docstring into title, metadata and explanation, reporting format problems.
// "first_line" is the source line the docstring's text starts on.
void read_docstring(std::string_view doc, int first_line, Lesson& out) {
  auto lines = split_lines(doc);
  std::size_t i = 0;
  out.title = std::string(trim(lines[0]));
  if (out.title.empty()) out.problems.push_back({first_line, 0, "the docstring's first line must be the lesson's title"});
  for (i = 1; i < lines.size() && !trim(lines[i]).empty(); ++i) {
    std::string_view line = trim(lines[i]);
    int at = first_line + static_cast<int>(i);
    auto colon = line.find(':');
    std::string_view key = colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
    bool key_ok = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (!key_ok) {
      out.problems.push_back({at, 0, "metadata line '" + std::string(line) +
                                         "' is not 'key: value' (leave a blank line before the explanation)"});
      continue;
    }
    std::string value(trim(line.substr(colon + 1)));
    if (!is_known_key(key)) {
      out.problems.push_back({at, 0, "unknown metadata key '" + std::string(key) + "' (known: chapter, order, level)"});
    } else if (!out.meta(key).empty()) {
      out.problems.push_back({at, 0, "metadata key '" + std::string(key) + "' is given twice"});
    } else if (value.empty()) {
      out.problems.push_back({at, 0, "metadata key '" + std::string(key) + "' has no value"});
    }
    if (key == "order" && !value.empty() &&
        (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) || value == "0" ||
         value.size() > 6))
      out.problems.push_back({at, 0, "metadata 'order' must be a positive whole number, not '" + value + "'"});
    if (key == "level" && !value.empty() && value != "beginner" && value != "intermediate" && value != "advanced")
      out.problems.push_back({at, 0, "metadata 'level' must be beginner, intermediate or advanced, not '" + value + "'"});
    out.metadata.emplace_back(std::string(key), std::move(value));
  }
  for (const char* key : kMetadataKeys)
    if (out.meta(key).empty() && std::none_of(out.metadata.begin(), out.metadata.end(), [&](auto& kv) { return kv.first == key; }))
      out.problems.push_back({first_line, 0, std::string("metadata key '") + key + "' is missing"});
  // The explanation: everything after the blank line, with the common indentation removed.
  std::string text;
  for (++i; i < lines.size(); ++i) {
    text += lines[i];
    text += '\n';
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  out.explanation = std::move(text);
  if (trim(out.explanation).empty())
    out.problems.push_back({first_line, 0, "the explanation (Markdown after the metadata and a blank line) is empty"});
}

}  // namespace

std::string Lesson::meta(std::string_view key) const {
  for (auto& [k, v] : metadata)
    if (k == key) return v;
  return {};
}

std::string Lesson::narration_for(int line) const {
  std::string text;
  for (auto& n : narration) {
    if (n.target_line != line) continue;
    if (!text.empty()) text += ' ';
    text += n.text;
  }
  return text;
}

Lesson read_lesson(std::string_view source) {
  Lesson out;
  auto parsed = lang::parse_module(source, "<lesson>");
  std::set<int> executable;
  if (parsed.ok()) {
    auto& module = *parsed.module;
    if (module.has_docstring)
      read_docstring(module.docstring, module.body[0]->loc.line, out);
    else
      out.problems.push_back({1, 1, "a lesson starts with a docstring: title, key: value metadata, a blank line, the explanation"});
    collect_executable(module.body, executable);
  }

  // Narration: `#:` comments. Code lines are the lines holding a token other than trivia.
  lang::LexOptions options;
  options.keep_trivia = true;
  auto lexed = lang::tokenize(source, options);
  std::set<int> code_lines;
  std::vector<lang::Token> comments;
  for (auto& t : lexed.tokens) {
    using K = lang::TokenKind;
    if (t.kind == K::Comment) {
      comments.push_back(t);
    } else if (t.kind != K::NL && t.kind != K::Newline && t.kind != K::Indent && t.kind != K::Dedent &&
               t.kind != K::EndMarker && t.kind != K::ErrorToken) {
      for (int l = t.line; l <= t.end_line; ++l) code_lines.insert(l);
    }
  }
  for (auto& c : comments) {
    std::string_view text = c.text(source);
    if (text.substr(0, 2) != "#:") continue;
    Narration n;
    n.comment_line = c.line;
    n.text = std::string(trim(text.substr(2)));
    if (code_lines.count(c.line)) {
      n.target_line = c.line;
    } else {
      auto next = code_lines.upper_bound(c.line);
      n.target_line = next == code_lines.end() ? 0 : *next;
    }
    if (n.text.empty()) out.problems.push_back({c.line, c.col, "the narration comment is empty"});
    if (parsed.ok()) {
      if (n.target_line == 0)
        out.problems.push_back({c.line, c.col, "narration at the end of the file: no code line follows it"});
      else if (!executable.count(n.target_line))
        out.problems.push_back({c.line, c.col, "narration for line " + std::to_string(n.target_line) +
                                                   ", where nothing runs (else:, except:, finally: or a decorator); "
                                                   "put it on the first statement of the block"});
    }
    out.narration.push_back(std::move(n));
  }
  return out;
}

std::string lesson_template(std::string_view title) {
  std::string t(title.empty() ? std::string_view("A new lesson") : title);
  return "\"\"\"" + t + R"(
chapter: Tasks
order: 1
level: beginner

One or two paragraphs on the idea this lesson shows. The program below is
the lesson: keep it short enough to read on one screen.

What to watch in the window:

- Which tasks sit in the ready queue, and in what order they run.
- The timers on the heap, and the clock jumping to the next one.
- The output timestamps that prove the point.

Try this:

1. A change the learner can make, and what they will see after making it.
"""
import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    #: The task suspends here; the loop sets a timer and runs someone else.
    await asyncio.sleep(seconds)
    print(f"{drink} ready")


async def main():
    #: Both tasks go into the ready queue now; neither has run yet.
    espresso = asyncio.create_task(brew("espresso", 1))
    latte = asyncio.create_task(brew("latte", 2))
    await espresso
    await latte  #: Narration at the end of a line describes that line.


asyncio.run(main())
)";
}

}  // namespace ls::lesson
