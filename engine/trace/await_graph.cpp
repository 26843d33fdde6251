// Who waits on whom (the await graph) and why a deadlocked run is stuck (the deadlock report).
#include <algorithm>
#include <functional>
#include <map>

#include "engine/trace/recording.h"
#include "engine/trace/snapshot.h"

namespace ls::trace {

namespace {

bool pending(TaskState s) { return s == TaskState::Created || s == TaskState::Waiting || s == TaskState::Yielded || s == TaskState::Running; }

void add_unique(std::vector<Ref>& v, Ref r) {
  if (std::find(v.begin(), v.end(), r) == v.end()) v.push_back(r);
}

}  // namespace

// A future chained to others (gather, shield) stands for them; a primitive's waiter future
// stands for the primitive.
std::vector<Ref> Snapshot::waits_on(Ref t) const {
  std::vector<Ref> out;
  const TaskInfo* ti = task(t);
  if (!ti || ti->m_state != TaskState::Waiting) return out;
  if (ti->m_waiting_prim) {
    out.push_back(ti->m_waiting_prim);
    return out;
  }
  std::vector<Ref> todo{ti->m_awaits};
  for (std::size_t n = 0; !todo.empty() && n < 4096; ++n) {
    Ref f = todo.back();
    todo.pop_back();
    if (ref_kind(f) != RefKind::Future) {
      add_unique(out, f);
      continue;
    }
    bool chained = false;
    for (auto& [from, on] : m_chains)
      if (from == f) {
        chained = true;
        const FutureInfo* fi = future(on);
        const TaskInfo* oi = task(on);
        if ((fi && fi->m_done) || (oi && !pending(oi->m_state))) continue;  // finished child
        todo.push_back(on);
      }
    if (!chained) add_unique(out, f);
  }
  return out;
}

std::vector<std::pair<Ref, Ref>> Snapshot::await_edges() const {
  std::vector<std::pair<Ref, Ref>> edges;
  for (std::size_t i = 0; i < m_tasks.size(); ++i) {
    if (!m_tasks[i].m_exists) continue;
    Ref t = make_ref(RefKind::Task, std::uint32_t(i + 1));
    for (Ref r : waits_on(t)) edges.emplace_back(t, r);
  }
  return edges;
}

// Builds the wait-for graph between pending tasks (awaiting a task, or a lock that a task
// holds), names a cycle if there is one, then the things nothing will ever complete.
void Snapshot::compute_deadlock() {
  m_deadlock = DeadlockReport{};
  std::size_t n = m_tasks.size();
  auto task_edges = [&](std::size_t i) {
    std::vector<std::size_t> out;
    Ref t = make_ref(RefKind::Task, std::uint32_t(i + 1));
    for (Ref r : waits_on(t)) {
      if (ref_kind(r) == RefKind::Task) {
        out.push_back(ref_index(r) - 1);
      } else if (const PrimInfo* p = prim(r); p && p->m_kind == PrimKind::Lock && p->m_owner && p->m_owner != t) {
        const TaskInfo* owner = task(p->m_owner);
        if (owner && pending(owner->m_state)) out.push_back(ref_index(p->m_owner) - 1);
      }
    }
    return out;
  };
  // Cycle search (iterative DFS, colours: 0 new, 1 on stack, 2 done), tasks in creation order.
  std::vector<int> colour(n, 0);
  std::vector<std::size_t> stack;
  std::function<bool(std::size_t)> dfs = [&](std::size_t u) -> bool {
    colour[u] = 1;
    stack.push_back(u);
    for (std::size_t v : task_edges(u)) {
      if (v >= n) continue;
      if (colour[v] == 1) {
        auto it = std::find(stack.begin(), stack.end(), v);
        for (; it != stack.end(); ++it) m_deadlock.m_cycle.push_back(make_ref(RefKind::Task, std::uint32_t(*it + 1)));
        m_deadlock.m_cycle.push_back(make_ref(RefKind::Task, std::uint32_t(v + 1)));
        return true;
      }
      if (colour[v] == 0 && dfs(v)) return true;
    }
    stack.pop_back();
    colour[u] = 2;
    return false;
  };
  for (std::size_t i = 0; i < n && m_deadlock.m_cycle.empty(); ++i)
    if (m_tasks[i].m_exists && m_tasks[i].m_state == TaskState::Waiting && colour[i] == 0) dfs(i);

  // Tasks stuck behind the cycle (e.g. main awaiting a gather of the tasks in it).
  if (!m_deadlock.m_cycle.empty()) {
    auto& cycle = m_deadlock.m_cycle;
    for (std::size_t i = 0; i < n; ++i) {
      Ref t = make_ref(RefKind::Task, std::uint32_t(i + 1));
      if (!m_tasks[i].m_exists || m_tasks[i].m_state != TaskState::Waiting) continue;
      if (std::find(cycle.begin(), cycle.end(), t) != cycle.end()) continue;
      std::vector<std::size_t> todo{i};
      std::vector<bool> seen(n, false);
      seen[i] = true;
      bool reaches = false;
      while (!todo.empty() && !reaches) {
        std::size_t u = todo.back();
        todo.pop_back();
        for (std::size_t v : task_edges(u)) {
          if (v >= n || seen[v]) continue;
          seen[v] = true;
          if (std::find(cycle.begin(), cycle.end(), make_ref(RefKind::Task, std::uint32_t(v + 1))) != cycle.end()) {
            reaches = true;
            break;
          }
          todo.push_back(v);
        }
      }
      if (reaches) m_deadlock.m_behind_cycle.push_back(t);
    }
  }

  // Terminal blockers: primitives and futures reached from each waiting task.
  std::map<Ref, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) {
    if (!m_tasks[i].m_exists || m_tasks[i].m_state != TaskState::Waiting) continue;
    Ref t = make_ref(RefKind::Task, std::uint32_t(i + 1));
    std::vector<Ref> seen{t};
    std::vector<Ref> todo{t};
    while (!todo.empty()) {
      Ref u = todo.back();
      todo.pop_back();
      for (Ref r : waits_on(u)) {
        if (ref_kind(r) == RefKind::Task) {
          if (std::find(seen.begin(), seen.end(), r) == seen.end()) {
            seen.push_back(r);
            todo.push_back(r);
          }
          continue;
        }
        const PrimInfo* p = prim(r);
        Ref holder = 0;
        if (p && p->m_kind == PrimKind::Lock && p->m_owner && p->m_owner != u) {
          const TaskInfo* owner = task(p->m_owner);
          if (owner && pending(owner->m_state)) {
            if (std::find(seen.begin(), seen.end(), p->m_owner) == seen.end()) {
              seen.push_back(p->m_owner);
              todo.push_back(p->m_owner);
            }
            continue;
          }
          holder = p->m_owner;
        }
        auto [it, fresh] = index.emplace(r, m_deadlock.m_blockers.size());
        if (fresh) m_deadlock.m_blockers.push_back(DeadlockReport::Blocker{r, holder, {}});
        add_unique(m_deadlock.m_blockers[it->second].m_tasks, t);
      }
    }
  }
}

std::string ref_name(const Snapshot& s, const Recording& rec, Ref r) {
  switch (ref_kind(r)) {
    case RefKind::None: return "(none)";
    case RefKind::Task:
      if (const TaskInfo* t = s.task(r)) return std::string(rec.str(t->m_name));
      return "task " + std::to_string(ref_index(r));
    case RefKind::Future:
      if (const FutureInfo* f = s.future(r); f && f->m_label) return std::string(rec.str(f->m_label));
      return "future " + std::to_string(ref_index(r));
    case RefKind::Prim:
      if (const PrimInfo* p = s.prim(r); p && p->m_label) return std::string(rec.str(p->m_label));
      return "primitive " + std::to_string(ref_index(r));
    case RefKind::Handle: return "handle " + std::to_string(ref_index(r));
  }
  return "?";
}

namespace {

std::string name_list(const Snapshot& s, const Recording& rec, const std::vector<Ref>& refs) {
  std::string out;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (i) out += i + 1 == refs.size() ? " and " : ", ";
    out += ref_name(s, rec, refs[i]);
  }
  return out;
}

}  // namespace

std::string deadlock_text(const Snapshot& s, const Recording& rec) {
  const DeadlockReport& d = s.m_deadlock;
  std::string out = "Deadlock: every task is waiting and nothing can wake them.\n";
  if (!d.m_cycle.empty()) {
    // Each step of the cycle names the lock that links the two tasks, when there is one:
    // "Task-1 waits for Task-2 (Lock 2) waits for Task-1 (Lock 1)".
    out += "Wait-for cycle: ";
    for (std::size_t i = 0; i < d.m_cycle.size(); ++i) {
      if (i) out += " waits for ";
      out += ref_name(s, rec, d.m_cycle[i]);
      if (i == 0) continue;
      for (Ref r : s.waits_on(d.m_cycle[i - 1])) {
        const PrimInfo* p = s.prim(r);
        if (p && p->m_kind == PrimKind::Lock && p->m_owner == d.m_cycle[i]) {
          out += " (" + ref_name(s, rec, r) + ")";
          break;
        }
      }
    }
    out += ".\n";
    if (!d.m_behind_cycle.empty())
      out += name_list(s, rec, d.m_behind_cycle) + (d.m_behind_cycle.size() == 1 ? " waits" : " wait") +
             " for tasks in that cycle, so " + (d.m_behind_cycle.size() == 1 ? "it is" : "they are") + " stuck too.\n";
  }
  for (const auto& b : d.m_blockers) {
    std::string who = name_list(s, rec, b.m_tasks);
    const char* verb = b.m_tasks.size() == 1 ? " waits" : " wait";
    std::string what = ref_name(s, rec, b.m_on);
    if (const PrimInfo* p = s.prim(b.m_on)) {
      switch (p->m_kind) {
        case PrimKind::Lock:
          if (b.m_holder)
            out += what + " is held by " + ref_name(s, rec, b.m_holder) + ", which finished without releasing it: " + who + verb + " for it.\n";
          else
            out += what + " is never released: " + who + verb + " for it.\n";
          break;
        case PrimKind::Event: out += what + " is never set: " + who + verb + " for it.\n"; break;
        case PrimKind::Queue:
        case PrimKind::PriorityQueue:
        case PrimKind::LifoQueue:
          if (p->m_items.empty())
            out += what + " stays empty and nothing will put into it: " + who + verb + " to get from it.\n";
          else
            out += what + " stays full and nothing will take from it: " + who + verb + " to put into it.\n";
          break;
        case PrimKind::Semaphore:
        case PrimKind::BoundedSemaphore: out += what + " is never released: " + who + verb + " to acquire it.\n"; break;
        case PrimKind::Condition: out += what + " is never notified: " + who + verb + " on it.\n"; break;
        case PrimKind::Barrier: out += what + " never fills up: " + who + verb + " at it.\n"; break;
      }
    } else {
      out += what + " is never completed: " + who + verb + " for it.\n";
    }
  }
  return out;
}

}  // namespace ls::trace
