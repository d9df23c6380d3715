#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests, the demo and the benchmarks, if missing.
# Never let a tool download its own browser: the tests drive /usr/bin/chromium through playwright-core.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo bash scripts/install-chromium.sh' (Debian/Ubuntu: apt-get install chromium)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
