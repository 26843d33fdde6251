// The _loopscope_trace native module: hooks the asyncio package calls while a run is recorded.
#pragma once

namespace ls::lang {
struct ModuleObject;
}

namespace ls::trace {

class Recorder;

// The module object (the VM registers it as the importable module "_loopscope_trace").
ls::lang::ModuleObject* create_module_loopscope_trace();
// The recorder the hooks write to (nullptr: not recording, tracing() is False).
void set_active_recorder(Recorder* recorder);
Recorder* active_recorder();

}  // namespace ls::trace
