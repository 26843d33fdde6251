// Event storage and string interning for a Recording.
#include "engine/trace/recording.h"

#include <cstring>
#include <functional>

namespace ls::trace {

StringTable::StringTable() { intern(""); }

StrId StringTable::intern(std::string_view text) {
  std::uint64_t h = std::hash<std::string_view>{}(text);
  Recent& recent = m_recent[h % kRecent];
  if (recent.id && recent.hash == h && m_texts[recent.id - 1] == text) return recent.id - 1;
  StrId id = intern_hashed(text, h);
  recent = Recent{h, id + 1};
  return id;
}

StrId StringTable::intern_hashed(std::string_view text, std::uint64_t h) {
  if (m_texts.size() * 2 >= m_index.size()) grow_index();
  std::uint32_t tag = std::uint32_t(h);
  std::size_t mask = m_index.size() - 1;
  for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
    Slot& slot = m_index[i];
    if (slot.id == 0) {
      StrId id = StrId(m_texts.size());
      m_texts.push_back(store(text));
      slot = Slot{tag, id + 1};
      return id;
    }
    if (slot.hash == tag && m_texts[slot.id - 1] == text) return slot.id - 1;
  }
}

std::string_view StringTable::store(std::string_view text) {
  if (text.empty()) return {};
  constexpr std::size_t kBlock = 64 * 1024;
  char* at;
  if (text.size() > kBlock / 4) {  // a long text gets a block of its own
    m_blocks.emplace_back(new char[text.size()]);
    m_arena_bytes += text.size();
    at = m_blocks.back().get();
  } else {
    if (text.size() > m_block_left) {
      m_blocks.emplace_back(new char[kBlock]);
      m_arena_bytes += kBlock;
      m_cursor = m_blocks.back().get();
      m_block_left = kBlock;
    }
    at = m_cursor;
    m_cursor += text.size();
    m_block_left -= text.size();
  }
  std::memcpy(at, text.data(), text.size());
  return {at, text.size()};
}

void StringTable::grow_index() {
  std::vector<Slot> old = std::move(m_index);
  m_index.assign(old.empty() ? 64 : old.size() * 2, Slot{0, 0});
  std::size_t mask = m_index.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == 0) continue;
    std::size_t i = std::hash<std::string_view>{}(m_texts[slot.id - 1]) & mask;
    while (m_index[i].id != 0) i = (i + 1) & mask;
    m_index[i] = slot;
  }
}

std::size_t StringTable::bytes() const {
  return m_arena_bytes + m_texts.capacity() * sizeof(std::string_view) + m_index.capacity() * sizeof(Slot) +
         m_blocks.capacity() * sizeof(void*);
}

void Recording::new_chunk() {
  m_chunks.push_back(std::make_unique<Event[]>(kChunk));
  m_cursor = m_chunks.back().get();
  m_chunk_left = kChunk;
}

std::size_t Recording::bytes() const {
  return m_chunks.size() * kChunk * sizeof(Event) + m_chunks.capacity() * sizeof(void*) + m_strings.bytes() +
         m_outputs.capacity() * sizeof(std::uint32_t);
}

}  // namespace ls::trace
