#!/usr/bin/env bash
# Installs the Debian 12 packages loopscope needs, only when something is missing (idempotent).
# Usage: scripts/install-deps.sh [--gui]   (--gui adds the desktop-app and screenshot-test packages)
set -euo pipefail
pkgs=(build-essential cmake pkg-config doctest-dev libbenchmark-dev libmimalloc-dev python3)
if [[ "${1:-}" == "--gui" || "${LOOPSCOPE_GUI_DEPS:-0}" == 1 ]]; then
  pkgs+=(libimgui-dev libglfw3-dev python3-glad libmd4c-dev fonts-dejavu-core xvfb xauth xdotool)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
