// A Recording owns the events of one run (chunked, never moved) and the interned strings they use.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/trace/event.h"

namespace ls::trace {

// Interned strings: each distinct text is stored once and named by a small id (0 = "").
// A recording of a busy program interns hundreds of thousands of texts (a queue's items), so
// the texts live in large arena blocks and the index is one open-addressing array of
// (hash, id) pairs: a lookup touches one slot and, on a hash match, the text.
class StringTable {
 public:
  StringTable();
  StrId intern(std::string_view text);
  std::string_view get(StrId id) const { return id < m_texts.size() ? m_texts[id] : std::string_view(); }
  std::size_t size() const { return m_texts.size(); }
  std::size_t bytes() const;  // memory held, approximately

 private:
  struct Slot {
    std::uint32_t hash;  // low bits of the text's hash
    StrId id;            // id + 1; 0 marks an empty slot
  };
  StrId intern_hashed(std::string_view text, std::uint64_t hash);  // the index lookup
  std::string_view store(std::string_view text);  // a stable copy in the arena
  void grow_index();

  std::vector<std::string_view> m_texts;         // id -> text (views into m_blocks)
  std::vector<std::unique_ptr<char[]>> m_blocks;  // the arena (blocks never move)
  char* m_cursor = nullptr;                      // where the next short text goes
  std::size_t m_block_left = 0;                  // free bytes after m_cursor
  std::size_t m_arena_bytes = 0;
  std::vector<Slot> m_index;                     // size is a power of two, at most half full
  // The last texts interned, by hash (a queue's item is interned when it goes in and again when
  // it comes out): answered without touching the large index.
  struct Recent {
    std::uint64_t hash = 0;
    StrId id = 0;  // id + 1; 0 empty
  };
  static constexpr std::size_t kRecent = 256;
  Recent m_recent[kRecent];
};

class Recording {
 public:
  static constexpr std::size_t kChunk = 4096;  // events per storage chunk

  // Header data (written as the first JSON line).
  std::string m_program;        // program path as given
  double m_max_time = 3600.0;   // --max-time of the run

  // Appends one event (inline: a recorded run appends millions).
  void append(const Event& e) {
    if (m_chunk_left == 0) new_chunk();
    *m_cursor++ = e;
    --m_chunk_left;
    if (e.m_kind == EventKind::OutputWritten) m_outputs.push_back(std::uint32_t(m_size));
    ++m_size;
  }
  std::size_t size() const { return m_size; }
  const Event& operator[](std::size_t i) const { return m_chunks[i / kChunk][i % kChunk]; }
  const Event& back() const { return (*this)[m_size - 1]; }

  StringTable& strings() { return m_strings; }
  const StringTable& strings() const { return m_strings; }
  std::string_view str(StrId id) const { return m_strings.get(id); }

  // Indices of OutputWritten events in order (the console, piece by piece).
  const std::vector<std::uint32_t>& outputs() const { return m_outputs; }
  // True once the RunEnded event was appended.
  bool finished() const { return m_size && back().m_kind == EventKind::RunEnded; }
  // Memory held by events, strings and indices (bytes), for the 48-bytes-per-event target.
  std::size_t bytes() const;

 private:
  void new_chunk();

  std::vector<std::unique_ptr<Event[]>> m_chunks;
  Event* m_cursor = nullptr;       // where the next event goes (in the last chunk)
  std::size_t m_chunk_left = 0;    // free events after m_cursor
  std::size_t m_size = 0;
  StringTable m_strings;
  std::vector<std::uint32_t> m_outputs;
};

}  // namespace ls::trace
