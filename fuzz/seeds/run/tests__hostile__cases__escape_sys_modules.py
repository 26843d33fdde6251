# sys.modules holds no os/posix module to pick up.
import sys
print("os" in sys.modules, "posix" in sys.modules, "subprocess" in sys.modules)
sys.modules["os"]
