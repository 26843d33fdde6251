#!/bin/sh
# Runs loopscope's asyncio (engine/aio) on CPython 3.12 through run.py against: the shared
# corpus, tests/aio/cases, the oracle-judged programs in programs/ (live oracle), and the
# inline-expectation programs in model/. Exit status 0 only if everything passes.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CHECK=/work/shared/conformance/check.py
[ -f "$CHECK" ] || CHECK=$ROOT/tests/conformance/kit/check.py
PY312=${LOOPSCOPE_ORACLE_PYTHON:-$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.12*/bin/python3 2>/dev/null | head -1)}
ENGINE="python3 $HERE/run.py --timestamps"
STEPS="python3 $HERE/run.py --steps {steps}"
status=0
for corpus in /work/shared/conformance/cases "$ROOT/tests/aio/cases"; do
  [ -d "$corpus" ] || continue
  python3 "$CHECK" --engine "$ENGINE" --steps-engine "$STEPS" "$corpus" | grep -v '^PASS' || true
  python3 "$CHECK" --engine "$ENGINE" --steps-engine "$STEPS" "$corpus" >/dev/null || status=1
done
LOOPSCOPE_ORACLE_PYTHON=$PY312 python3 "$CHECK" --no-cache --engine "$ENGINE" --steps-engine "$STEPS" "$HERE/programs" | grep -v '^PASS' || status=1
python3 "$HERE/check_expect.py" | grep -v '^PASS' || status=1
exit $status
